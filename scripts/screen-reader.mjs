// Runs a real screen reader, Orca, on a page with one chart of each kind, presses the keys a
// blind reader would, and writes what Orca spoke (from its debug log) as a transcript.
// Usage: scripts/screen-reader.sh [OUT_FILE] (installs what it needs, then runs this), or
// `listen(file)` from a test (tests/e2e/screen_reader.test.mjs). The recipe is TOOLCHAIN's: Xvfb, a session bus, the AT-SPI bus, a window
// manager, a null audio sink (speech-dispatcher blocks without one), Orca with a line-buffered
// debug file, and Chromium headful with its accessibility tree on. The transcript is JSON: for
// each page, each step's keys and the words spoken after them.
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const TRANSCRIPT = join(root, "build", "screen-reader", "transcript.json");

// The pages (www/reader/), each with one chart between two links: the chart's title and the
// name its canvas is given.
export const PAGES = [
  { page: "kpi", title: "Children looked after per 10,000 children", kind: "Line chart" },
  { page: "judgement", title: "From inadequate to requires improvement", kind: "Grid of inspection grades" },
  { page: "waterfall", title: "Temporary investment in targeted improvement", kind: "Waterfall chart" },
  { page: "spine", title: "Where Northshire stands on 2 indicators", kind: "Spine chart of every council" },
  { page: "map", title: "Children looked after per 10,000 children in each council", kind: "Hex map of every council" },
];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
let work = "";
let children = [];
let env = {};
let log = "";
let browser = null;

function free_display() {
  for (let n = 90; n < 200; n++) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error("no free X display between :90 and :199");
}

// One HOME and XDG_RUNTIME_DIR of our own for every process (mode 700), on a display of our own.
function prepare() {
  work = mkdtempSync(join(tmpdir(), "council-sr-"));
  children = [];
  log = join(work, "orca.log");
  env = {
    ...process.env,
    HOME: join(work, "home"),
    XDG_RUNTIME_DIR: join(work, "run"),
    DISPLAY: `:${free_display()}`,
    NO_AT_BRIDGE: "0",
    GTK_MODULES: "gail:atk-bridge",
  };
  for (const dir of [env.HOME, env.XDG_RUNTIME_DIR]) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o700);
  }
}

function start(command, args, name) {
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk) => (errors = (errors + chunk).slice(-2000)));
  child.on("error", (error) => console.error(`screen reader: ${name} did not start: ${error.message}`));
  children.push({ child, name, errors: () => errors });
  return child;
}

async function until(test, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return;
    await sleep(200);
  }
  throw new Error(`screen reader: timed out waiting for ${what}`);
}

// Everything this script started, and speech-dispatcher (started by Orca), found by our own
// XDG_RUNTIME_DIR in its environment.
function stopAll() {
  for (const { child } of children.reverse()) {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, "latin1").includes(`XDG_RUNTIME_DIR=${env.XDG_RUNTIME_DIR}\0`)) {
        process.kill(Number(pid), "SIGKILL");
      }
    } catch {
      // gone already, or not ours to read
    }
  }
  if (process.env.SCREEN_READER_KEEP) console.error(`screen reader: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// --- the desktop --------------------------------------------------------------------------
async function desktop() {
  start("Xvfb", [env.DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], "Xvfb");
  await until(() => existsSync(`/tmp/.X11-unix/X${env.DISPLAY.slice(1)}`), "Xvfb");
  const bus = execFileSync("dbus-daemon", ["--session", "--fork", "--print-address=1", "--print-pid=1"], { env })
    .toString()
    .trim()
    .split("\n");
  env.DBUS_SESSION_BUS_ADDRESS = bus[0];
  children.push({ child: { exitCode: null, kill: () => process.kill(Number(bus[1]), "SIGKILL") }, name: "dbus" });
  start("/usr/libexec/at-spi-bus-launcher", ["--launch-immediately"], "AT-SPI bus");
  await sleep(1000);
  start("/usr/libexec/at-spi2-registryd", [], "AT-SPI registry");
  start("openbox", [], "openbox");
  start(
    "pulseaudio",
    ["-n", "--daemonize=no", "--exit-idle-time=-1", "--load=module-null-sink sink_name=sr", "--load=module-native-protocol-unix"],
    "pulseaudio",
  );
  await sleep(1500);
}

// --- Orca and what it says ----------------------------------------------------------------

async function orca() {
  // Orca's debug file is buffered: a copy that opens it line-buffered is readable as it goes.
  const orcaCopy = join(work, "orca");
  const text = readFileSync("/usr/bin/orca", "utf8");
  const patched = text.replace("open(args.debug_file, 'w')", "open(args.debug_file, 'w', buffering=1)");
  if (patched === text) throw new Error("screen reader: /usr/bin/orca no longer opens its debug file as expected");
  writeFileSync(orcaCopy, patched);
  mkdirSync(join(work, "prefs"));
  start("/usr/bin/python3", [orcaCopy, "-u", join(work, "prefs"), `--debug-file=${log}`], "Orca");
  await until(() => spoken(0).length > 0, "Orca's first words", 60000);
}

function logSize() {
  return existsSync(log) ? readFileSync(log).length : 0;
}

// The words Orca spoke since byte `from` of its log.
function spoken(from) {
  if (!existsSync(log)) return [];
  const text = readFileSync(log).subarray(from).toString("utf8");
  // "18:01:06.655 - SPEECH OUTPUT: 'Screen reader on.'{'established': False}"
  return [...text.matchAll(/SPEECH OUTPUT: '(.*)'(?:\{[^}]*\})?$/gm)]
    .map((m) => m[1])
    .filter((words) => words.trim() !== "");
}

function key(name) {
  execFileSync("xdotool", ["key", "--clearmodifiers", name], { env });
}

// Presses `keys` and waits for the speech they cause to stop (0.8 s of quiet, at most 6 s).
async function press(...keys) {
  const from = logSize();
  for (const name of keys) key(name);
  let [size, quietSince, end] = [from, Date.now(), Date.now() + 6000];
  await sleep(400);
  while (Date.now() < end) {
    const now = logSize();
    if (now !== size) [size, quietSince] = [now, Date.now()];
    else if (Date.now() - quietSince > 800 && spoken(from).length > 0) break;
    await sleep(150);
  }
  return spoken(from);
}

// --- the pages ----------------------------------------------------------------------------

async function open(url, expect) {
  if (browser) {
    browser.kill("SIGKILL");
    await sleep(500);
  }
  const from = logSize();
  const profile = join(work, `chrome-${Date.now()}`);
  browser = start(
    "chromium",
    [
      "--force-renderer-accessibility",
      "--no-sandbox",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-gpu",
      "--password-store=basic",
      `--user-data-dir=${profile}`,
      "--window-position=0,0",
      "--window-size=1200,900",
      url,
    ],
    "Chromium",
  );
  await until(() => spoken(from).some((words) => words.includes(expect)), `Orca to read "${expect}"`, 45000);
  await sleep(2500); // the chart's module compiles and draws after the page is read
}

// Tab from the top of the page until Orca says the chart's kind (the legend's buttons, where
// a chart has them, come first); returns what that Tab said, or every Tab's words if none did.
async function tabToChart(kind) {
  const heard = [];
  for (let i = 0; i < 10; i++) {
    const words = await press("Tab");
    if (words.some((w) => w.includes(`${kind}:`))) return words;
    heard.push(...words);
  }
  return heard;
}

async function run(server) {
  const version = (command) => execFileSync(command, ["--version"], { env }).toString().trim();
  const transcript = { reader: `Orca ${version("orca")}`, browser: version("chromium"), pages: [] };
  for (const { page, title, kind } of PAGES) {
    const url = `http://127.0.0.1:${server}/reader/${page}.html`;
    const heading = readFileSync(join(root, "www", "reader", `${page}.html`), "utf8").match(/<h1>(.*)<\/h1>/)[1];
    const steps = [];
    const step = async (what, ...keys) => steps.push({ what, keys, said: await press(...keys) });

    // Browse mode from the top of the page: Down, line by line, to the link after the chart.
    await open(url, heading);
    const browse = [];
    for (let i = 0; i < 40; i++) {
      const said = await press("Down");
      browse.push(...said);
      if (said.some((w) => w.includes("After the chart"))) break;
    }
    steps.push({ what: "browse mode, Down from the top to the link after the chart", keys: ["Down"], said: browse });

    // Focus mode: Tab onto the chart, then the keys.
    await open(url, heading);
    steps.push({ what: "Tab onto the chart", keys: ["Tab"], said: await tabToChart(kind) });
    await step("Right", "Right");
    await step("Right again", "Right");
    await step("End", "End");
    await step("End again, at the end", "End");
    await step("Home", "Home");
    await step("Left at the start", "Left");
    await step("Escape", "Escape");
    await step("question mark, the keys", "shift+slash");
    // Last: T moves focus to the table, out of the chart.
    await step("T, the data table", "t");
    transcript.pages.push({ page, title, kind, url, steps });
    console.log(`screen reader: ${page}: ${steps.map((s) => s.said.length).join(", ")} utterances`);
  }
  return transcript;
}

/// Runs Orca on every page and writes the transcript to `out`; returns it.
export async function listen(out = TRANSCRIPT) {
  prepare();
  try {
    return await session(out);
  } catch (error) {
    for (const { name, errors } of children) {
      const said = errors?.().trim();
      if (said) console.error(`--- ${name}:\n${said}`);
    }
    if (existsSync(log)) console.error(`--- Orca's last words:\n${spoken(0).slice(-20).join("\n")}`);
    throw error;
  } finally {
    stopAll();
  }
}

async function session(out) {
  const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--port", "0", "--csp"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push({ child: server, name: "server" });
  const port = await new Promise((done, fail) => {
    server.stdout.on("data", (chunk) => {
      const m = String(chunk).match(/:(\d+)\//);
      if (m) done(Number(m[1]));
    });
    server.on("exit", () => fail(new Error("screen reader: the server stopped")));
  });
  await desktop();
  await orca();
  const transcript = await run(port);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(transcript, null, 2) + "\n");
  console.log(`screen reader: transcript in ${out}`);
  return transcript;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await listen(resolve(process.argv[2] ?? TRANSCRIPT));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
