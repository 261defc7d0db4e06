import { addressesIn } from "./identifiers/addresses.js";
import { wordDetection, type Recognizer } from "./types.js";

/**
 * Street and house number: Dutch and Flemish street names by their ending
 * (Dorpsstraat 12a, Kerkplein 3 bus 2, Hatertseweg 310, Prins Hendrikkade 12,
 * Laan van Meerdervoort 12) and English "12 Baker Street". A number that is an
 * amount or a time ("snelweg 3 uur") is not a house number.
 */
export const addressRecognizer: Recognizer = {
  id: "address",
  categories: ["address"],
  detect(analysis, out) {
    for (const a of addressesIn(analysis)) {
      out.push(wordDetection(analysis, "address", a.first, a.last, a.confidence, "address"));
    }
  },
};
