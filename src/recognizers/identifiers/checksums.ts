/** Checksums of the numeric identifiers. All take a string of digits only. */

/** Luhn (payment cards). */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Dutch BSN "elfproef": 9 digits (8-digit numbers get a leading zero),
 * sum of d1*9 + d2*8 + … + d8*2 − d9 divisible by 11, and not all zeros.
 */
export function bsn(digits: string): boolean {
  const d = digits.length === 8 ? "0" + digits : digits;
  if (d.length !== 9 || d === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  sum -= d.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/**
 * Belgian rijksregisternummer (and BIS number): YYMMDD SSS CC, where
 * CC = 97 − (YYMMDDSSS mod 97), or the same over "2" + YYMMDDSSS for people
 * born in 2000 or later. Month may be 0 (unknown) or +20/+40 (BIS).
 */
export function rijksregister(digits: string): boolean {
  if (digits.length !== 11) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** IPv4 dotted quad; parts without leading zeros. */
export function ipv4(parts: readonly string[]): boolean {
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || (p.length > 1 && p[0] === "0")) return false;
    if (Number(p) > 255) return false;
  }
  return true;
}

const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** IPv6 in full, compressed (::) or IPv4-suffixed form. */
export function ipv6(text: string): boolean {
  let s = text;
  const lastColon = s.lastIndexOf(":");
  const tail = s.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!ipv4(tail.split("."))) return false;
    s = s.slice(0, lastColon + 1) + "0:0";
  }
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === "" ? [] : h.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const all = [...head, ...rest];
  if (!all.every((g) => HEX_GROUP.test(g))) return false;
  // "::" stands for at least one zero group.
  return halves.length === 2 ? all.length < 8 : all.length === 8;
}
