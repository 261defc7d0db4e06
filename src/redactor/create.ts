import { CATEGORIES, isSpecial, type Category } from "../categories.js";
import { DEFAULT_CONTEXT_RULES } from "../context/index.js";
import { deriveKeys } from "../crypto/key.js";
import { classifyAttachments, classifyInlineImages } from "../images/classify.js";
import { defaultLexicons } from "../lexicon/default.js";
import { parseOptions } from "../options/parse.js";
import type { RedactorOptions } from "../options/schema.js";
import { analyze } from "../pipeline/analysis.js";
import { normalize, toOriginalSpan } from "../pipeline/normalize.js";
import { resolvePolicy } from "../policy/resolve.js";
import { compileTermLists } from "../policy/terms.js";
import { DEFAULT_RECOGNIZERS } from "../recognizers/index.js";
import type { Detection } from "../recognizers/types.js";
import { SIGNAL_ACTIONS } from "../report/actions.js";
import { buildReport } from "../report/build.js";
import type { SignalReport } from "../report/schema.js";
import { crisisDetector } from "../signals/crisis.js";
import { crisisAsMental } from "../signals/crisis-mental.js";
import { DEFAULT_SIGNAL_DETECTORS } from "../signals/index.js";
import type { SignalHit } from "../signals/types.js";
import { resolveOverlaps } from "../resolve/overlaps.js";
import { aggregateConversation, traceMessage } from "./conversation.js";
import { resolveOperators } from "./operators.js";
import { ConversationScope, type ConversationState } from "./state.js";
import type {
  ConversationMessage,
  Finding,
  MessageContext,
  RedactResult,
  Redactor,
} from "./types.js";

/**
 * Create a redactor: options are validated once (a bad option throws a
 * `RedactError`), lexicons are compiled once and shared, and `redact` can then
 * be called on every message. Message content never throws: on an internal
 * error the whole message is redacted (fail closed).
 */
export function createRedactor(options?: RedactorOptions): Redactor {
  const opts = parseOptions(options);
  const lexicons = defaultLexicons();
  // Policy preset + overrides, key-derived sub-keys, allow/deny lists: once per redactor.
  const policy = resolvePolicy(opts);
  const keys = opts.key === undefined ? null : deriveKeys(opts.key);
  const operatorFor = resolveOperators(policy, keys, CATEGORIES);
  const terms = compileTermLists(opts.allow, opts.deny);
  const enabled: ReadonlySet<Category> | null = policy.enabled;
  const recognizers = DEFAULT_RECOGNIZERS.filter(
    (r) => enabled === null || r.categories.some((c) => enabled.has(c)),
  );
  const rules = DEFAULT_CONTEXT_RULES;

  function run(
    original: string,
    context: MessageContext | undefined,
    scope: ConversationScope,
  ): RedactResult {
    const norm = normalize(original);
    const forced = context?.language ?? (opts.language === "auto" ? null : opts.language);
    const analysis = analyze(norm.text, lexicons, forced);
    let detections: Detection[] = [];
    for (const r of recognizers) r.detect(analysis, detections);
    if (enabled !== null) detections = detections.filter((d) => enabled.has(d.category));
    // The crisis signal looks at the message itself, not at detections; its
    // evidence of suicidality or self-harm is also `mental` content, added
    // before the context rules so spans extend and negation is recorded.
    const crisis = crisisDetector.detect(analysis, detections);
    if (crisis !== null && (enabled === null || enabled.has("mental")))
      crisisAsMental(analysis, crisis, detections);
    if (detections.length > 0) {
      for (const rule of rules) rule.apply(analysis, detections);
      detections = detections.filter(
        (d) => d.dropped === undefined && d.confidence >= opts.threshold,
      );
    }
    // Allow-list terms drop what touches them; deny-list terms are always redacted.
    if (terms !== null) detections = terms.apply(analysis, detections);
    if (opts.classifyImage !== undefined)
      classifyInlineImages(norm.text, detections, opts.classifyImage);
    const hits: SignalHit[] = crisis === null ? [] : [crisis];
    for (const detector of DEFAULT_SIGNAL_DETECTORS) {
      if (detector === crisisDetector) continue;
      const hit = detector.detect(analysis, detections);
      if (hit !== null) hits.push(hit);
    }
    const images = context?.attachments
      ? classifyAttachments(context.attachments, opts.classifyImage)
      : undefined;
    const labels =
      opts.labels === "auto" ? (analysis.language.code === "nl" ? "nl" : "en") : opts.labels;
    const regions = resolveOverlaps(norm.text, detections);
    const parts: string[] = [];
    const findings: Finding[] = [];
    let cursor = 0;
    let nude = images?.some((i) => i.nude === true) ?? false;
    for (const region of regions) {
      const [start, end] = toOriginalSpan(norm, region.start, region.end);
      const value = original.slice(start, end);
      // The primary category's operator writes the text, unless it keeps the
      // text while another category in the region wants it gone (fail closed).
      let op = operatorFor(region.primary);
      if (op.type === "keep") {
        const other = region.detections.find((d) => operatorFor(d.category).type !== "keep");
        if (other !== undefined) op = operatorFor(other.category);
      }
      const replacement = op.apply({ category: region.primary, value, labels, scope });
      parts.push(original.slice(cursor, start), replacement);
      cursor = end;
      for (const d of region.detections) {
        const [s, e] = toOriginalSpan(norm, d.start, d.end);
        if (d.nude === true) nude = true;
        findings.push({
          category: d.category,
          start: s,
          end: e,
          confidence: Math.round(d.confidence * 100) / 100,
          recognizer: d.recognizer,
          replacement,
          ...(d.negated === true ? { negated: true } : {}),
          ...(d.experiencer !== undefined && isSpecial(d.category)
            ? { experiencer: d.experiencer }
            : {}),
          ...(d.category === "image" ? { nude: d.nude === true } : {}),
          ...(policy.consent.has(d.category) ? { consent: true } : {}),
          ...(opts.includeValues ? { value: original.slice(s, e) } : {}),
        });
      }
    }
    parts.push(original.slice(cursor));
    const signals: SignalReport[] = [];
    for (const hit of hits) {
      signals.push({
        signal: hit.signal,
        confidence: Math.round(hit.confidence * 100) / 100,
        action: SIGNAL_ACTIONS[hit.signal],
        evidence: hit.evidence.map((e) => {
          const [start, end] = toOriginalSpan(norm, e.start, e.end);
          return { start, end };
        }),
      });
    }
    const report = buildReport({
      categories: [
        ...findings.map((f) => f.category),
        ...(images ?? []).map((): Category => "image"),
      ],
      language: analysis.language,
      nude,
      signals,
    });
    return { text: parts.join(""), findings, report, ...(images ? { images } : {}) };
  }

  function redactIn(
    scope: ConversationScope,
    text: string,
    context: MessageContext | undefined,
  ): RedactResult {
    const input = typeof text === "string" ? text : text == null ? "" : String(text);
    try {
      return run(input, context, scope);
    } catch {
      return failClosed(input);
    }
  }

  const redactMessage = (scope: ConversationScope, m: ConversationMessage): RedactResult =>
    typeof m === "string" || m == null
      ? redactIn(scope, m as string, undefined)
      : redactIn(scope, m.text, m);

  // A state from outside is validated here; a bad one throws a RedactError.
  const scopeFrom = (state: ConversationState | undefined) => new ConversationScope(keys, state);

  return {
    // Outside a conversation every message is its own pseudonym scope.
    redact: (text, context) => redactIn(new ConversationScope(keys), text, context),
    redactConversation(messages, conversationOptions) {
      const scope = scopeFrom(conversationOptions?.state);
      // Each message keeps its signal scores, also below the threshold, so
      // weak cues spread over the conversation can add up (never raw text).
      const traced = messages.map((m) => traceMessage(() => redactMessage(scope, m)));
      const results = traced.map((t) => t.result);
      return {
        messages: results,
        report: aggregateConversation(
          results,
          traced.map((t) => t.signals),
        ),
        state: scope.export(),
      };
    },
    conversation(state) {
      const scope = scopeFrom(state);
      return { redact: (m) => redactMessage(scope, m), state: () => scope.export() };
    },
  };
}

function failClosed(input: string): RedactResult {
  const report = buildReport({
    categories: [],
    language: { code: "und", confidence: 0 },
    nude: false,
    signals: [],
  });
  return {
    text: input.length === 0 ? "" : "[REDACTED]",
    findings: [],
    report: {
      ...report,
      risk: "high",
      summary: "internal error: message redacted whole",
      failedClosed: true,
    },
  };
}

let shared: Redactor | null = null;

/**
 * One-shot redaction. Without options a shared default redactor is reused;
 * with options a redactor is built for the call (lexicons are still shared).
 */
export function redact(text: string, options?: RedactorOptions): RedactResult {
  if (options === undefined) {
    shared ??= createRedactor();
    return shared.redact(text);
  }
  return createRedactor(options).redact(text);
}
