/**
 * Which links point to an image: by file extension, by a format parameter in
 * the query string, by a known image host, or by an image CDN path. Shared by
 * the image-url recognizer and the url recognizer (which leaves these links to
 * the image category, GUIDELINES: "image links are `image`").
 */

/** File extensions of images (and videos, which show a person just as well). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  "jpg",
  "jpeg",
  "jpe",
  "jfif",
  "pjpeg",
  "png",
  "apng",
  "gif",
  "webp",
  "heic",
  "heif",
  "avif",
  "bmp",
  "tif",
  "tiff",
  "svg",
  "dng",
  "mp4",
  "mov",
  "m4v",
  "webm",
  "3gp",
]);

// Hosts that only serve images (or image pages): exact host or any subdomain.
const IMAGE_HOSTS: readonly string[] = [
  "imgur.com",
  "i.redd.it",
  "preview.redd.it",
  "pbs.twimg.com",
  "media.tenor.com",
  "c.tenor.com",
  "i.giphy.com",
  "media.giphy.com",
  "ibb.co",
  "imgbb.com",
  "postimg.cc",
  "postimages.org",
  "cdninstagram.com",
  "fbcdn.net",
  "mmg.whatsapp.net",
  "media.discordapp.net",
  "staticflickr.com",
  "flic.kr",
  "pinimg.com",
  "gyazo.com",
  "prnt.sc",
  "prntscr.com",
  "imgbox.com",
  "tinypic.com",
  "photobucket.com",
  "imagedelivery.net",
  "imgix.net",
  "imagekit.io",
  "images.unsplash.com",
  "i.ytimg.com",
  "photos.app.goo.gl",
  "photos.google.com",
  "picsur.org",
  "imageshack.com",
  "imageshack.us",
];

// Hosts whose image paths are recognisable: host suffix + path prefix.
const IMAGE_PATHS: readonly (readonly [string, string])[] = [
  ["flickr.com", "/photos/"],
  ["icloud.com", "/photos"],
  ["res.cloudinary.com", "/"],
  ["telegra.ph", "/file/"],
  ["facebook.com", "/photo"],
];

// Path segments image CDNs and web frameworks use for images.
const CDN_PATH =
  /\/(?:cdn-cgi\/image|_next\/image|image\/(?:upload|fetch|private)|images?|img|photos?|pictures?|thumbnails?|thumbs)(?:\/|$)/;
// A format parameter in the query: ?format=jpg, fm=webp, mime=image%2Fjpeg.
const QUERY_FORMAT =
  /(?:^|&)(?:format|fm|ext|type|mime|mimetype|f|output|content-type)=(?:jpe?g|png|webp|gif|avif|heic|image(?:%2f|\/))/;
// Google image hosting: lh3.googleusercontent.com and friends.
const GOOGLE_IMAGES = /^lh\d\.googleusercontent\.com$/;

/** The extension of the last path segment, lowercased ("" when none). */
export function extensionOf(path: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash + 1 || path.length - dot > 6) return "";
  return path.slice(dot + 1).toLowerCase();
}

/**
 * True when a link (with or without scheme) points to an image. Bounded work:
 * one lowercase copy and a few string searches on a string of at most a few
 * kilobytes (the tokenizer caps links at 2048 characters).
 */
export function isImageUrl(url: string): boolean {
  const u = url.length > 4096 ? url.slice(0, 4096).toLowerCase() : url.toLowerCase();
  if (u.startsWith("data:")) return true;
  const scheme = u.indexOf("://");
  const hostStart = scheme >= 0 && scheme < 12 ? scheme + 3 : 0;
  let hostEnd = hostStart;
  while (hostEnd < u.length) {
    const c = u.charCodeAt(hostEnd);
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    hostEnd++;
  }
  let host = u.slice(hostStart, hostEnd);
  const at = host.lastIndexOf("@");
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(":");
  if (colon >= 0) host = host.slice(0, colon);
  let pathEnd = hostEnd;
  while (pathEnd < u.length) {
    const c = u.charCodeAt(pathEnd);
    if (c === 63 || c === 35) break;
    pathEnd++;
  }
  const path = u.slice(hostEnd, pathEnd);
  if (IMAGE_EXTENSIONS.has(extensionOf(path))) return true;
  if (u.charCodeAt(pathEnd) === 63) {
    const hash = u.indexOf("#", pathEnd);
    const query = u.slice(pathEnd + 1, hash < 0 ? u.length : hash);
    if (QUERY_FORMAT.test(query)) return true;
  }
  if (IMAGE_HOSTS.some((h) => hostIs(host, h)) || GOOGLE_IMAGES.test(host)) return true;
  if (IMAGE_PATHS.some(([h, p]) => hostIs(host, h) && path.startsWith(p))) return true;
  return CDN_PATH.test(path);
}

function hostIs(host: string, domain: string): boolean {
  return (
    host === domain ||
    (host.length > domain.length &&
      host.endsWith(domain) &&
      host.charCodeAt(host.length - domain.length - 1) === 46)
  );
}
