import { addressRecognizer } from "./address.js";
import { ageRecognizer } from "./age.js";
import { cardRecognizer } from "./card.js";
import { dateOfBirthRecognizer } from "./date-of-birth.js";
import { emailRecognizer } from "./email.js";
import { handleRecognizer } from "./handle.js";
import { ibanRecognizer } from "./iban.js";
import { imageDataRecognizer } from "./image-data.js";
import { imageMarkerRecognizer } from "./image-marker.js";
import { imageNudeRecognizer } from "./image-nude.js";
import { imageUrlRecognizer } from "./image-url.js";
import { ipRecognizer } from "./ip.js";
import { lexiconRecognizer } from "./lexicon.js";
import { locationRecognizer } from "./location.js";
import { nameRecognizer } from "./name.js";
import { nationalIdRecognizer } from "./national-id.js";
import { phoneRecognizer } from "./phone.js";
import { placeRecognizer } from "./place.js";
import { postcodeRecognizer } from "./postcode.js";
import type { Recognizer } from "./types.js";
import { urlRecognizer } from "./url.js";

/** The recognizers every redactor runs, in order. */
export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer,
  urlRecognizer,
  lexiconRecognizer,
  imageMarkerRecognizer,
  imageUrlRecognizer,
  imageDataRecognizer,
  // Last of the image recognizers: reads what they found.
  imageNudeRecognizer,
  phoneRecognizer,
  ibanRecognizer,
  cardRecognizer,
  nationalIdRecognizer,
  ipRecognizer,
  handleRecognizer,
  dateOfBirthRecognizer,
  postcodeRecognizer,
  addressRecognizer,
  locationRecognizer,
  nameRecognizer,
  // On request only (strict policy, or `categories` listing them): their
  // categories are not in the default set, so the redactor skips them.
  ageRecognizer,
  placeRecognizer,
];
