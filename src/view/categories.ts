import type { Category, Signal } from "../categories.js";

/** How the viewer shows one category: a readable label and a colour. */
export interface CategoryStyle {
  readonly label: string;
  /** A CSS colour dark enough for white text; highlights use a light tint of it. */
  readonly color: string;
}

/**
 * Colours and labels of every category. Special categories are warm and
 * saturated, identifiers cooler, so a glance tells which kind dominates.
 */
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  health: { label: "Health", color: "#c62828" },
  mental: { label: "Mental health", color: "#7b3fc4" },
  sexuality: { label: "Sexuality", color: "#c2185b" },
  religion: { label: "Religion / belief", color: "#a86b00" },
  politics: { label: "Political opinion", color: "#1e4fc2" },
  ethnicity: { label: "Ethnic origin", color: "#8d4a24" },
  union: { label: "Trade union", color: "#00796b" },
  genetic: { label: "Genetic", color: "#558b2f" },
  biometric: { label: "Biometric", color: "#00838f" },
  criminal: { label: "Criminal", color: "#37474f" },
  image: { label: "Image", color: "#e65100" },
  name: { label: "Name", color: "#0277bd" },
  email: { label: "E-mail", color: "#0097a7" },
  phone: { label: "Phone", color: "#2e7d32" },
  address: { label: "Address", color: "#5d6d1e" },
  postcode: { label: "Postcode", color: "#6b7f00" },
  location: { label: "Residence", color: "#33691e" },
  iban: { label: "IBAN", color: "#795548" },
  national_id: { label: "National ID", color: "#ad1457" },
  date_of_birth: { label: "Date of birth", color: "#bf360c" },
  url: { label: "URL", color: "#546e7a" },
  handle: { label: "Handle", color: "#00695c" },
  card: { label: "Payment card", color: "#6d4c41" },
  ip: { label: "IP address", color: "#616161" },
  age: { label: "Age", color: "#6a1b9a" },
  place: { label: "Place", color: "#827717" },
  custom: { label: "Custom term", color: "#424242" },
};

/** Readable names of the operator signals. */
export const SIGNAL_LABELS: Record<Signal, string> = {
  crisis: "Crisis",
  minor: "Minor",
  authenticity: "Is the profile real?",
  vulnerability: "Vulnerable customer",
  meeting: "Meeting / other channel",
};
