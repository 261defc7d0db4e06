import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SPECIAL_CATEGORIES, createRedactor } from "../../src/index.js";
import { NSFW_CLASSES, createNsfwClassifier, type NsfwClassifier } from "../../src/nsfw/index.js";

const root = join(__dirname, "../..");

/** A small RGBA picture: a sky-to-grass gradient with a sun, made here. */
function landscape(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const sky = y < height * 0.6;
      const sun = (x - width * 0.7) ** 2 + (y - height * 0.25) ** 2 < (width * 0.1) ** 2;
      data[i] = sun ? 250 : sky ? 90 + (y * 100) / height : 40;
      data[i + 1] = sun ? 220 : sky ? 150 + (y * 60) / height : 140 + ((x * 7) % 30);
      data[i + 2] = sun ? 60 : sky ? 240 : 50;
      data[i + 3] = 255;
    }
  return data;
}

function pngBytes(): Uint8Array {
  const png = new PNG({ width: 96, height: 64 });
  landscape(96, 64).copy(png.data);
  return new Uint8Array(PNG.sync.write(png));
}

function jpegBytes(): Uint8Array {
  return new Uint8Array(jpeg.encode({ width: 80, height: 120, data: landscape(80, 120) }, 85).data);
}

describe("chat-redact/nsfw", () => {
  let nsfw: NsfwClassifier;
  const fetches: unknown[] = [];
  beforeAll(async () => {
    // Nothing may be downloaded: every fetch TensorFlow.js or anyone else tries is recorded.
    vi.spyOn(tf.env().platform, "fetch").mockImplementation((url) => {
      fetches.push(url);
      return Promise.reject(new Error("no network"));
    });
    vi.stubGlobal("fetch", (url: unknown) => {
      fetches.push(url);
      return Promise.reject(new Error("no network"));
    });
    nsfw = await createNsfwClassifier({ backend: "cpu" });
  }, 120_000);
  afterAll(() => {
    nsfw?.dispose();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("loads the model that ships inside nsfwjs, without fetching anything", () => {
    expect(fetches).toEqual([]);
  });

  it("classifies a PNG and a JPEG made in the test, with the bundled model", () => {
    for (const bytes of [pngBytes(), jpegBytes()]) {
      const p = nsfw.probabilities(bytes)!;
      expect(Object.keys(p).sort()).toEqual([...NSFW_CLASSES].sort());
      const sum = Object.values(p).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 3);
      const v = nsfw.classify(bytes, { format: null, origin: "attachment" })!;
      expect(v.source).toBe("nsfwjs");
      expect(v.nude).toBe(false);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThan(0.5);
      expect(NSFW_CLASSES).toContain(v.label);
    }
  }, 120_000);

  it("reports formats it cannot decode as unclassified", () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0]);
    expect(nsfw.classify(gif, { format: "gif", origin: "attachment" })).toBeNull();
    expect(
      nsfw.classify(Uint8Array.from([1, 2, 3]), { format: null, origin: "inline" }),
    ).toBeNull();
  });

  it("uses a caller's decoder for other formats", async () => {
    const gray = await createNsfwClassifier({
      decode: (_bytes, format) =>
        format === "gif"
          ? { width: 8, height: 8, channels: 3, data: new Uint8Array(8 * 8 * 3).fill(128) }
          : null,
    });
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 8, 0, 8, 0, 0x80, 0, 0]);
    expect(gray.classify(gif, { format: "gif", origin: "attachment" })?.nude).toBe(false);
  }, 120_000);

  it("plugs into the redactor as classifyImage, for attachments and data URIs", () => {
    // Special categories: the identifier recognizers are not what this exercises.
    const redactor = createRedactor({
      classifyImage: nsfw.classify,
      categories: [...SPECIAL_CATEGORIES],
    });
    const png = pngBytes();
    const r = redactor.redact(
      `uitzicht vanaf mijn balkon data:image/png;base64,${Buffer.from(png).toString("base64")}`,
      { attachments: [{ id: "m1", bytes: jpegBytes() }] },
    );
    expect(r.text).toBe("uitzicht vanaf mijn balkon [IMG]");
    expect(r.images).toEqual([
      expect.objectContaining({
        index: 0,
        id: "m1",
        format: "jpeg",
        nude: false,
        source: "nsfwjs",
      }),
    ]);
    expect(r.findings.find((f) => f.category === "image")?.nude).toBe(false);
    expect(r.report.nude).toBe(false);
    expect(r.report.categories.image).toBe(2);
  }, 120_000);

  it("fills verdicts into attachments for redactors without a hook", () => {
    const [a] = nsfw.classifyAttachments([{ bytes: pngBytes() }]);
    expect(a!.verdict).toMatchObject({ nude: false, source: "nsfwjs" });
    const r = createRedactor().redact("hoi", { attachments: [a!] });
    expect(r.images?.[0]).toMatchObject({ format: "png", nude: false });
  }, 120_000);
});

describe("packaging of the adapter", () => {
  it("the core never imports TensorFlow or nsfwjs", () => {
    const files = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => !f.includes(`${join("src", "nsfw")}`));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/from\s+["'](?:@tensorflow\/|nsfwjs|jpeg-js|pngjs)/);
      expect(src, f).not.toMatch(/import\(\s*["'](?:@tensorflow\/|nsfwjs)/);
    }
  });

  it("exports chat-redact/nsfw for import and require, with optional peers", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.exports["./nsfw"]).toEqual({
      import: { types: "./dist/nsfw.d.ts", default: "./dist/nsfw.js" },
      require: { types: "./dist/nsfw.d.cts", default: "./dist/nsfw.cjs" },
    });
    for (const peer of ["nsfwjs", "@tensorflow/tfjs", "jpeg-js", "pngjs"]) {
      expect(pkg.peerDependencies[peer]).toBeDefined();
      expect(pkg.peerDependenciesMeta[peer]).toEqual({ optional: true });
      expect(pkg.dependencies[peer]).toBeUndefined();
    }
  });
});
