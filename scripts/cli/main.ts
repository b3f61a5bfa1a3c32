// SPDX-FileCopyrightText: 2026 Tender Commons contributors
// SPDX-License-Identifier: EUPL-1.2

// The `tender-commons` command-line tool (bin entry: scripts/tender-commons.mjs).
//
// Commands live in one table (`commands` below): a name of one or more words, a one-line summary,
// optional parseArgs options, and a `run` function. To add a command, add an entry; help text,
// dispatch, option parsing and per-command `--help` come for free.
//
// `runCli(argv, io)` does all the work and returns an exit code; it never calls process.exit and
// writes only through `io`, so tests can drive it. `main()` wires it to the real process.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { fromRoot, PROJECT_ROOT } from "../project-root";
import { evaluateCommand } from "./evaluate/command";
import { exportOcdsCommand } from "./export-ocds/command";
import { licenceCommand } from "./licence/command";
import { lintCommand } from "./lint/command";
import { tcoCommand } from "./tco/command";

export const PROGRAM = "tender-commons";

/** Exit code for a usage error (unknown command or option), as in most Unix tools. */
export const EXIT_USAGE = 2;

export interface CliIo {
  /** Normal output (help, version, results). */
  out: (text: string) => void;
  /** Diagnostics and errors. */
  err: (text: string) => void;
  /**
   * Runs one of the project's TypeScript scripts (a path relative to the project root) with tsx
   * in a child process and resolves to its exit code, with Node.js options before the script
   * (`--conditions=react-server` for a script that loads lib/server). Defaults to `runTsxScript`.
   */
  runScript?: (script: string, args: string[], nodeOptions?: string[]) => Promise<number>;
}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CommandContext {
  io: Required<CliIo>;
  /** Option values parsed with the command's `options`. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  /** Positional arguments after the command name. */
  positionals: string[];
  /** Raw arguments after the command name (for commands that pass them through). */
  rest: string[];
}

export interface Command {
  /** One or more words, e.g. "db migrate". */
  name: string;
  /** Arguments shown after the name in help texts, e.g. "<name>". */
  args?: string;
  /** One line shown in the command list. */
  summary: string;
  /** Extra text for `tender-commons <command> --help`. */
  details?: string;
  /** Options of this command (node's util.parseArgs format). `--help` is added automatically. */
  options?: OptionsConfig;
  /** Accept positional arguments after the command name (default: no). */
  allowPositionals?: boolean;
  /** Pass all arguments through unparsed (to `rest`), e.g. to a delegated script. */
  passThrough?: boolean;
  run: (ctx: CommandContext) => Promise<number>;
}

/** The stable contract for database tasks: `tsx scripts/db/cli.ts <subcommand> [args…]`. */
export const DB_CLI_SCRIPT = "scripts/db/cli.ts";

function dbCommand(sub: string, summary: string, details?: string, args?: string): Command {
  return {
    name: `db ${sub}`,
    args,
    summary,
    details,
    passThrough: true,
    run: ({ io, rest }) => io.runScript(DB_CLI_SCRIPT, [sub, ...rest]),
  };
}

export const commands: Command[] = [
  {
    name: "organisation add",
    summary: "Register a contracting authority",
    details:
      'Options: --name <name> --country <ISO code, e.g. BE> --authority-type <central|sub-central|other> --prefix <tender reference prefix, e.g. MIN>\nExample: tender-commons organisation add --name "Ministry of Finance" --country BE --authority-type central --prefix FIN',
    passThrough: true,
    run: ({ io, rest }) => io.runScript(DB_CLI_SCRIPT, ["add-organisation", ...rest]),
  },
  {
    name: "administrator add",
    summary: "Make a person an administrator of an organisation (creating their account)",
    details:
      "Options: --organisation <prefix> --email <address> --name <full name>\nA new account gets a random initial password, printed once. The administrator then adds everyone else in the app.",
    passThrough: true,
    run: ({ io, rest }) => io.runScript(DB_CLI_SCRIPT, ["add-administrator", ...rest]),
  },
  dbCommand(
    "migrate",
    "Apply pending database migrations (offline, no native engine needed)",
    "Uses DATABASE_URL, or the embedded PostgreSQL under .data/ when it is unset.",
  ),
  dbCommand("seed", "Load the demo data into the database"),
  dbCommand(
    "reset",
    "Empty the database, then apply every migration",
    "Destroys every row in the database named by DATABASE_URL (or the embedded one).\nRefused when NODE_ENV=production.",
  ),
  dbCommand(
    "create-migration",
    "Write a migration from the changes to prisma/schema.prisma",
    "Commit the new folder under prisma/migrations/ with the schema change.",
    "<name>",
  ),
  lintCommand,
  licenceCommand,
  tcoCommand,
  evaluateCommand,
  exportOcdsCommand,
];

export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/** Spawns `node <tsx cli> …nodeOptions <script> …args` in the project root, with inherited stdio. */
export function runTsxScript(script: string, args: string[], nodeOptions: string[] = []): Promise<number> {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, ...nodeOptions, fromRoot(script), ...args], {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
    });
    child.on("error", (error) => {
      process.stderr.write(`${PROGRAM}: could not start ${script}: ${error.message}\n`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 }[signal as string] ?? 0;
}

function label(command: Command): string {
  return command.args ? `${command.name} ${command.args}` : command.name;
}

export function usage(table: Command[] = commands): string {
  const width = Math.max(...table.map((c) => label(c).length));
  const lines = [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Tender Commons: tender drafting, bid evaluation and template commons for public buyers.",
    "",
    "Commands:",
    ...table.map((c) => `  ${label(c).padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     Show this help (or a command's help: <command> --help)",
    "  -v, --version  Show the version",
    "",
    "Settings are read from the environment (see .env.example), e.g. DATABASE_URL.",
  ];
  return lines.join("\n") + "\n";
}

function commandUsage(command: Command): string {
  const synopsis = `${PROGRAM} ${label(command)}${command.options ? " [options]" : ""}`;
  const lines = [`Usage: ${synopsis}`, "", command.summary];
  if (command.details) lines.push("", command.details);
  const options = Object.entries(command.options ?? {});
  if (options.length > 0) {
    lines.push("", "Options:");
    for (const [name, option] of options) {
      const short = option.short ? `-${option.short}, ` : "    ";
      lines.push(`  ${short}--${name}${option.type === "string" ? " <value>" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** Longest command whose words start `words`. */
function findCommand(words: string[], table: Command[]): Command | undefined {
  let best: Command | undefined;
  for (const command of table) {
    const parts = command.name.split(" ");
    if (parts.every((part, i) => words[i] === part) && (!best || parts.length > best.name.split(" ").length)) {
      best = command;
    }
  }
  return best;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runCli(argv: string[], io: CliIo, table: Command[] = commands): Promise<number> {
  const fullIo: Required<CliIo> = { runScript: runTsxScript, ...io };

  // Global options come before the command words.
  const firstWord = argv.findIndex((arg) => !arg.startsWith("-"));
  const globalArgs = firstWord === -1 ? argv : argv.slice(0, firstWord);
  const afterGlobal = firstWord === -1 ? [] : argv.slice(firstWord);

  let globals: { help?: boolean; version?: boolean };
  try {
    globals = parseArgs({
      args: globalArgs,
      options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${PROGRAM}: ${errorMessage(error)}\n\n${usage(table)}`);
    return EXIT_USAGE;
  }
  if (globals.help) {
    io.out(usage(table));
    return 0;
  }
  if (globals.version) {
    io.out(`${PROGRAM} ${readVersion()}\n`);
    return 0;
  }
  if (afterGlobal.length === 0) {
    io.err(`${PROGRAM}: no command given\n\n${usage(table)}`);
    return EXIT_USAGE;
  }

  // Command words are the leading non-option arguments.
  const wordEnd = afterGlobal.findIndex((arg) => arg.startsWith("-"));
  const words = wordEnd === -1 ? afterGlobal : afterGlobal.slice(0, wordEnd);
  const command = findCommand(words, table);
  if (!command) {
    const group = table.filter((c) => c.name.split(" ")[0] === words[0]);
    const what =
      group.length > 0 && words.length === 1
        ? `'${words[0]}' needs a subcommand`
        : `unknown command '${words.join(" ")}'`;
    io.err(`${PROGRAM}: ${what}\n\n${usage(group.length > 0 ? group : table)}`);
    return EXIT_USAGE;
  }

  const rest = afterGlobal.slice(command.name.split(" ").length);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(commandUsage(command));
    return 0;
  }

  let values: CommandContext["values"] = {};
  let positionals: string[] = [];
  if (!command.passThrough) {
    try {
      ({ values, positionals } = parseArgs({
        args: rest,
        options: command.options ?? {},
        strict: true,
        allowPositionals: command.allowPositionals ?? false,
      }));
    } catch (error) {
      io.err(`${PROGRAM} ${command.name}: ${errorMessage(error)}\n\n${commandUsage(command)}`);
      return EXIT_USAGE;
    }
  }

  try {
    return await command.run({ io: fullIo, values, positionals, rest });
  } catch (error) {
    io.err(`${PROGRAM} ${command.name}: ${errorMessage(error)}\n`);
    return 1;
  }
}

/** Entry point used by scripts/tender-commons.mjs. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  return runCli(argv, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
