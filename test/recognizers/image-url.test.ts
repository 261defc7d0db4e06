import { describe, expect, it } from "vitest";
import { isImageUrl } from "../../src/images/url.js";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor();

function categoriesOf(text: string): string[] {
  return [...new Set(redactor.redact(text).findings.map((f) => f.category))].sort();
}

describe("image links", () => {
  const imageLinks = [
    "https://i.imgur.com/Qa81Lmx.jpg",
    "https://imgur.com/a/r8TqLw2",
    "https://example.nl/uploads/2024/05/IMG_2231.JPG",
    "https://example.nl/p/88.jpeg?width=600&quality=80",
    "https://pbs.twimg.com/media/GK1aB2cXsAAe9xN?format=jpg&name=large",
    "https://scontent-ams2-1.xx.fbcdn.net/v/t39.30808-6/4411_n.jpg?stp=dst-jpg",
    "https://scontent-ams4-1.cdninstagram.com/v/t51.2885-15/3378_n.webp",
    "https://lh3.googleusercontent.com/pw/AP1GczN8f2xk",
    "https://photos.app.goo.gl/9xQeLz2mR",
    "https://i.redd.it/k2j3h4g5.png",
    "https://res.cloudinary.com/demo/image/upload/v1712/profiel_42",
    "https://www.example.com/cdn-cgi/image/width=800/u/42",
    "https://shop.example.com/_next/image?url=%2Fa.png&w=640",
    "https://media.tenor.com/aBcD/tenor.gif",
    "https://example.org/api/avatar?id=9&format=png",
    "https://x.com/anna/status/1789/photo/1",
  ];
  for (const url of imageLinks) {
    it(`${url} is an image, not a url`, () => {
      expect(isImageUrl(url)).toBe(true);
      const text = `kijk eens ${url} wat vind je?`;
      expect(categoriesOf(text)).toEqual(["image"]);
      expect(redactor.redact(text).text).toBe("kijk eens [IMG] wat vind je?");
    });
  }

  const pageLinks = [
    "https://www.nu.nl/binnenland/6310245/kabinet-presenteert-plannen-voor-woningbouw.html",
    "https://nos.nl/artikel/2519912-storm-zorgt-voor-overlast",
    "https://www.bbc.com/news/world-europe-68770512",
    "https://www.facebook.com/anna.dekker.754",
    "https://www.linkedin.com/in/pieter-jansen-utrecht",
  ];
  for (const url of pageLinks) {
    it(`${url} stays a url`, () => {
      expect(isImageUrl(url)).toBe(false);
      expect(categoriesOf(`lees dit: ${url}`)).toEqual(["url"]);
    });
  }

  it("redacts an image link in an English message and keeps the sentence", () => {
    const r = redactor.redact(
      "Here's me at the lake https://i.imgur.com/Lk29sPq.jpeg, not bad right?",
    );
    expect(r.text).toBe("Here's me at the lake [IMG], not bad right?");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      category: "image",
      recognizer: "image.url",
      nude: false,
    });
  });
});
