import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseArgs } from "../../src/cli/args";
import { CliError, EXIT_USAGE } from "../../src/cli/cli-error";

const usageError = (argv: string[], pattern: RegExp) =>
  assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof CliError && e.exitCode === EXIT_USAGE && pattern.test(e.message));

describe("parseArgs", () => {
  test("a file and a format, in any order and spelling", () => {
    assert.deepEqual(parseArgs(["a.html", "--json"]), { help: false, file: "a.html", format: "json", compact: false, bom: false, textOnly: false });
    assert.equal(parseArgs(["--format", "md", "a.txt"]).format, "markdown");
    assert.equal(parseArgs(["--format=CSV", "a.txt", "--bom"]).bom, true);
    assert.equal(parseArgs(["a.txt", "--format", "markdown", "--json"]).format, "json");
    assert.equal(parseArgs(["--", "--odd-name.txt"]).file, "--odd-name.txt");
    assert.equal(parseArgs(["-"]).file, "-");
  });
  test("help needs no file", () => {
    assert.equal(parseArgs(["--help"]).help, true);
    assert.equal(parseArgs(["-h"]).file, null);
  });
  test("mistakes are usage errors", () => {
    usageError([], /no input file/);
    usageError(["a.txt", "--format"], /needs a value/);
    usageError(["a.txt", "--format", "pdf"], /unknown format/);
    usageError(["a.txt", "-x"], /unknown option -x/);
    usageError(["a.txt", "b.txt"], /one input file/);
  });
});
