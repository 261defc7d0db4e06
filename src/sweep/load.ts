import { RedactError } from "../errors.js";

/**
 * Load an optional driver package on first use. The drivers are optional peer
 * dependencies: the library and the other subcommands never load them, and a
 * missing one is reported by name with the command that installs it.
 */
export async function loadOptional<T>(name: string, forUrl: string): Promise<T> {
  try {
    const mod = (await import(name)) as { default?: T };
    return (mod.default ?? mod) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new RedactError(
        "INVALID_OPTIONS",
        `${forUrl} databases need the optional package "${name}": npm install ${name}`,
      );
    }
    throw e;
  }
}
