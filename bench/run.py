"""Runs every benchmark of issue 5 in one invocation and writes one markdown table to bench/results/.

Servers compared (each started here, on 127.0.0.1, one at a time, driven by the same load generator):
  4d-host  the headless host running bench/project (echo and broadcast written in 4D code)
  node-ws  Node's ws (Debian node-ws)               bench/peers/node_server.js
  python   Python's websockets (Debian package)     bench/peers/python_server.py
  poco     textbook Poco, a thread per WebSocket    bench/peers/poco_echo_server.cpp
the 4D.WebSocket client (bench/client) against Node's ws client (bench/peers/node_client.js), both driving the 4D
host's echo ("client echo throughput", "client idle"), and the interpreter against Debian's CPython and Lua 5.4 on
bench/lang/.

usage: /usr/bin/python3 bench/run.py BUILD_DIR [--quick] [--repeat N] [--only SCENARIO,...] [--no-lang]
  --quick     shorter runs, 2,000 idle connections, one repetition
  --repeat N  run every scenario N times (default 3), the servers taking turns, and report each figure's median:
              this machine's speed drifts by tens of percent within minutes, and turns spread the drift evenly
  --only      only these scenarios (names as in the table: "echo throughput", "echo latency", ...)
  --no-lang   skip the interpreter comparison
"""
import argparse
import datetime
import json
import statistics
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SYSTEM_PYTHON = "/usr/bin/python3"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, proc, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"port {port} never opened")


class Server:
    """`prepare(port)`, when given, is called with the chosen port before the server starts."""
    def __init__(self, name, argv, env=None, prepare=None):
        self.name, self.argv, self.env, self.prepare = name, argv, env, prepare
        self.cpus = None  # set by the scenario: the cores the server may run on, None for all

    def __enter__(self):
        self.port = free_port()
        if self.prepare:
            self.prepare(self.port)
        env = dict(os.environ, **(self.env or {}), FOURD_HTTP_PORT=str(self.port))
        argv = [a.replace("{port}", str(self.port)) for a in self.argv]
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     preexec_fn=lambda: prepare_child(self.cpus))
        wait_for_port(self.port, self.proc)
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def prepare_child(cpus=None):
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if cpus is not None:
        os.sched_setaffinity(0, cpus)


def pinned_cores():
    """For the pinned scenarios: the load generator's core and the server's cores, or None on a single core."""
    cores = sorted(os.sched_getaffinity(0))
    return (cores[:1], cores[1:]) if len(cores) >= 2 else None


def last_json_line(output, who):
    """The result a program printed last, as one JSON object on its own line."""
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"{who} printed no result: {output[-300:]}")


def loadgen(build, server, *args, timeout=300, cpus=None):
    argv = [os.path.join(build, "bin", "ws-loadgen"), "--port", str(server.port), *map(str, args)]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                         preexec_fn=lambda: prepare_child(cpus))
    try:
        return last_json_line(out.stdout, "ws-loadgen")
    except (RuntimeError, json.JSONDecodeError):
        return {"error": (out.stdout + out.stderr).strip()[:200] or f"exit {out.returncode}"}


def open_file_limit():
    import resource
    return resource.getrlimit(resource.RLIMIT_NOFILE)[1]


def storm_clients(quick):
    """20,000 clients, or as many as the server can hold under this machine's per-process limit on open files
    (each client is one descriptor in the server; a few are the server's own)."""
    wanted = 2000 if quick else 20000
    return min(wanted, open_file_limit() - 200)


def storm(build, server, clients, processes=2):
    """`clients` connecting at once, unpaced, from `processes` load generators started together (one process may
    not hold 20,000 sockets under the same limit); their figures summed."""
    argv = [os.path.join(build, "bin", "ws-loadgen"), "--port", str(server.port), "--mode", "storm",
            "--connections", str(clients // processes), "--seconds", "60"]
    children = [subprocess.Popen(argv + (["--pid", str(server.proc.pid)] if i == 0 else []), stdout=subprocess.PIPE,
                                 text=True, preexec_fn=prepare_child) for i in range(processes)]
    results = []
    for child in children:
        out, _ = child.communicate(timeout=120)
        results.append(last_json_line(out, "ws-loadgen"))
    if any("error" in r for r in results):
        return next(r for r in results if "error" in r)
    merged = dict(results[0])
    for key in ("connections", "started", "upgraded", "unanswered", "pending"):
        merged[key] = sum(r[key] for r in results)
    merged["refused"] = sum(sum(r["refused"].values()) for r in results)
    merged["seconds"] = max(r["seconds"] for r in results)
    return merged


def write_certificate(folder):
    """A self-signed certificate for 127.0.0.1, valid two days, as key.pem and cert.pem: what both servers of the
    wss:// scenarios present."""
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-keyout", os.path.join(folder, "key.pem"), "-out", os.path.join(folder, "cert.pem")],
                   check=True, capture_output=True)


def copy_project(name, folder, startup):
    """A fresh copy of bench/<name> in `folder` whose onStartup is `startup(its current code)`."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, name), folder)
    path = os.path.join(folder, "Project", "Sources", "DatabaseMethods", "onStartup.4dm")
    with open(path) as f:
        code = f.read()
    with open(path, "w") as f:
        f.write(startup(code))


def write_tls_project(folder, certificates, port):
    """bench/project with its web server started over HTTPS only on `port`, the certificate in the project folder
    (4D's default certificateFolder)."""
    https = f"WEB Server.start({{HTTPSEnabled: True; HTTPEnabled: False; HTTPSPort: {port}}})"
    copy_project("project", folder, lambda code: code.replace("\nWEB START SERVER\n", f"\n{https}\n", 1))
    for name in ("key.pem", "cert.pem"):
        shutil.copy(os.path.join(certificates, name), folder)


def scenarios(quick):
    """(name, load generator arguments); a name ending in "(pinned)" runs the load generator on one core and the
    server on the others, so that the two never compete for a core: the scheduler's placement of the server's
    threads beside the load generator then no longer shows in the latency tail."""
    seconds = 2 if quick else 5
    idle = 2000 if quick else 10000
    latency = ["--mode", "echo", "--connections", 100, "--in-flight", 1, "--size", 32, "--seconds", seconds,
               "--pid", "{pid}"]
    return [
        ("echo throughput", ["--mode", "echo", "--connections", 100, "--in-flight", 16, "--size", 32,
                             "--seconds", seconds, "--pid", "{pid}"]),
        ("echo latency", latency),
        ("echo latency (pinned)", latency),
        ("large messages", ["--mode", "echo", "--connections", 4, "--in-flight", 1, "--size", 1 << 20,
                            "--seconds", seconds, "--pid", "{pid}"]),
        ("broadcast", ["--mode", "broadcast", "--path", "/broadcast", "--connections", 1000, "--rounds", 50]),
        # Held 10 s: long enough for a server to let go of threads it started only for the handshakes.
        ("idle", ["--mode", "idle", "--connections", idle, "--seconds", 10, "--pid", "{pid}"]),
        # Every client at once, as real ones connect (the idle scenario paces its handshakes): see storm().
        ("storm", []),
        # Issue 12: 1,500 x 64 KiB at a handler slower than its client (busy until the next millisecond after each
        # message, in both servers), a second client's echo round trips meanwhile. --seconds is the time allowed.
        ("flood", ["--mode", "flood", "--path", "/flood", "--messages", 1500, "--size", 65536, "--seconds", 120,
                   "--pid", "{pid}"]),
        # Issue 13. The wss:// scenarios run against the servers of tls_servers(): the same 4D project and Node peer
        # over HTTPS, with one self-signed RSA 2048 certificate.
        ("wss echo throughput", ["--mode", "echo", "--connections", 100, "--in-flight", 16, "--size", 32,
                                 "--seconds", seconds, "--pid", "{pid}", "--tls"]),
        # JSON documents of 2 KiB (over both servers' 1 KiB threshold), compressed both ways with context takeover.
        ("compressed JSON echo", ["--mode", "echo", "--path", "/deflate", "--connections", 100, "--in-flight", 16,
                                  "--size", 2048, "--seconds", seconds, "--pid", "{pid}", "--deflate", "--json"]),
        # 1,000 clients at once, each with a full TLS handshake (no session resumed) before its upgrade.
        ("tls handshakes", ["--mode", "storm", "--connections", 1000, "--seconds", 60, "--pid", "{pid}", "--tls"]),
    ]


# Scenarios that need a server-side handler only some peers have, or that thread-per-connection Poco and Python's
# websockets would take minutes over (20,000 clients).
SCENARIO_SERVERS = {"flood": {"4d-host", "node-ws"}, "storm": {"4d-host", "node-ws"},
                    "compressed JSON echo": {"4d-host", "node-ws"}}
TLS_SCENARIOS = {"wss echo throughput", "tls handshakes"}


def median_result(runs):
    """Each numeric figure's median over the runs; the first error when no run succeeded."""
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[0]
    merged = dict(good[0])
    for key, value in good[0].items():
        if isinstance(value, (int, float)):
            middle = statistics.median(r[key] for r in good if key in r)
            merged[key] = round(middle) if isinstance(value, int) else middle
    merged["runs"] = len(good)
    return merged


def tls_servers(build, work):
    """The 4D host and Node's ws over HTTPS, presenting the same certificate."""
    certificates = os.path.join(work, "certificates")
    os.makedirs(certificates, exist_ok=True)
    write_certificate(certificates)
    project = os.path.join(work, "project")
    return [
        Server("4d-host", [os.path.join(build, "bin", "headless-host"), project],
               prepare=lambda port: write_tls_project(project, certificates, port)),
        Server("node-ws", ["node", os.path.join(HERE, "peers", "node_server.js"), "{port}", certificates],
               env={"NODE_PATH": "/usr/share/nodejs"}),
    ]


def run_servers(build, quick, repeat, only, work):
    secure = tls_servers(build, work)
    servers = [
        Server("4d-host", [os.path.join(build, "bin", "headless-host"), os.path.join(HERE, "project")]),
        Server("node-ws", ["node", os.path.join(HERE, "peers", "node_server.js"), "{port}"],
               env={"NODE_PATH": "/usr/share/nodejs"}),
        Server("python", [SYSTEM_PYTHON, os.path.join(HERE, "peers", "python_server.py"), "{port}"]),
        Server("poco", [os.path.join(build, "bin", "poco-echo-server"), "{port}"]),
    ]
    runs = {}
    for name, args in scenarios(quick):
        if only and name not in only:
            continue
        loadgen_cpus = server_cpus = None
        if name.endswith("(pinned)"):
            cores = pinned_cores()
            if not cores:
                continue
            loadgen_cpus, server_cpus = cores
        for _ in range(repeat):
            for server in secure if name in TLS_SCENARIOS else servers:
                if server.name not in SCENARIO_SERVERS.get(name, {server.name}):
                    continue
                server.cpus = server_cpus
                try:
                    with server as s:
                        if name == "storm":
                            result = storm(build, s, storm_clients(quick))
                        else:
                            result = loadgen(build, s, *[a if a != "{pid}" else s.proc.pid for a in args],
                                             cpus=loadgen_cpus)
                        if result.get("mode") == "storm" and result.get("seconds"):
                            result["handshakes_per_sec"] = result["upgraded"] / result["seconds"]
                except Exception as error:  # a peer that cannot run the scenario is reported, not fatal
                    result = {"error": str(error)}
                runs.setdefault((name, server.name), []).append(result)
                print(f"{name:16} {server.name:8} {result}", flush=True)
    return [s.name for s in servers], {key: median_result(r) for key, r in runs.items()}


def run_languages(build, runs=5):
    """Each program's best time over `runs` rounds; within a round the three languages take turns, so that the
    machine's drifting speed affects them alike. Every run of a round is pinned to the same core, the rounds going
    round the cores: the cores of a shared machine can differ in speed (one of this machine's ran these programs
    up to twice as slowly as the other), and an unpinned multi-threaded host would otherwise land its worker on
    another core than a single-threaded interpreter does."""
    host = os.path.join(build, "bin", "headless-host")
    lang = os.path.join(HERE, "lang")
    programs = {
        "arithmetic loop": ("arith/arith.4dm", "arith/arith.py", "arith/arith.lua"),
        "text building": ("text/text.4dm", "text/text.py", "text/text.lua"),
        "short text building": ("short_text/short_text.4dm", "short_text/short_text.py",
                                "short_text/short_text.lua"),
        "objects and collections": ("objects/objects.4dm", "objects/objects.py", "objects/objects.lua"),
        "method calls": ("calls/Project/Sources/Methods/calls.4dm", "calls/calls.py", "calls/calls.lua"),
    }
    rows = []
    cores = sorted(os.sched_getaffinity(0))
    for name, (fourd, py, lua) in programs.items():
        commands = [[host, os.path.join(lang, fourd)], [SYSTEM_PYTHON, os.path.join(lang, py)],
                    ["lua5.4", os.path.join(lang, lua)]]
        best = [None] * len(commands)
        outputs = [None] * len(commands)
        for round_number in range(runs):
            core = cores[round_number % len(cores)]
            for i, argv in enumerate(commands):
                start = time.perf_counter()
                out = subprocess.run(argv, capture_output=True, text=True, timeout=300,
                                     preexec_fn=lambda: os.sched_setaffinity(0, {core}))
                elapsed = time.perf_counter() - start
                outputs[i] = out.stdout.strip() if out.returncode == 0 else (out.stdout + out.stderr).strip()[:200]
                if out.returncode == 0:
                    best[i] = elapsed if best[i] is None else min(best[i], elapsed)
        agree = len(set(outputs)) == 1
        rows.append((name, *best, agree, outputs[0]))
        print(f"{name:24} 4d={best[0]} python={best[1]} lua={best[2]} outputs-agree={agree}", flush=True)
    out = subprocess.run([host, os.path.join(lang, "text", "linearity.4dm")], capture_output=True, text=True,
                         timeout=300)
    linearity = out.stdout.strip()
    print(f"text building time(2N)/time(N) = {linearity}", flush=True)
    return rows, linearity


def fmt(value, unit=""):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.2f}{unit}"
    return f"{value:,}{unit}"


def ratio(a, b):
    return None if not a or not b else a / b


# Issue 14: the 4D.WebSocket client against Node's ws client, both against the same echo server (bench/project in
# the 4D host, the fastest echo here), and the memory of idle client connections.
CLIENT_SCENARIOS = ("client echo throughput", "client idle")


def write_client_project(folder, startup):
    """A copy of bench/client whose onStartup is `startup`."""
    copy_project("client", folder, lambda _: startup + "\n")


def client_echo(build, work, client, url, seconds):
    """100 clients x 16 in flight x 32 B for `seconds`, from the 4D host's client or Node's ws."""
    if client == "4d-host":
        project = os.path.join(work, "client-project")
        write_client_project(project, f'LoadClients("{url}"; 100; 16; 32; {seconds})')
        argv = [os.path.join(build, "bin", "headless-host"), project]
    else:
        argv = ["node", os.path.join(HERE, "peers", "node_client.js"), url, "100", "16", "32", str(seconds)]
    done = subprocess.run(argv, env=dict(os.environ, NODE_PATH="/usr/share/nodejs"), capture_output=True, text=True,
                          timeout=seconds + 60, preexec_fn=prepare_child)
    result = last_json_line(done.stdout, client)
    return {"messages_per_sec": result["messages"] / result["seconds"]}


def client_idle(build, work, url, count):
    """The 4D host's resident memory per idle client connection: one client open, then `count` more."""
    project = os.path.join(work, "client-project")
    write_client_project(project, f'IdleClients("{url}"; {count})')
    host = subprocess.Popen([os.path.join(build, "bin", "headless-host"), project], stdout=subprocess.PIPE,
                            text=True, preexec_fn=prepare_child)
    try:
        def rss_after(line):
            while True:
                got = host.stdout.readline()
                if not got:
                    raise RuntimeError(f"the client host ended before printing {line!r}")
                if got.strip() == line:
                    break
            time.sleep(0.5)
            with open(f"/proc/{host.pid}/status") as status:
                return next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))
        baseline = rss_after("baseline")
        held = rss_after("all open")
        return {"kib_per_connection": (held - baseline) / count}
    finally:
        host.terminate()
        host.wait(timeout=20)


def run_clients(build, quick, repeat, only, work):
    seconds = 2 if quick else 5
    runs = {}
    for _ in range(repeat):
        for name in CLIENT_SCENARIOS:
            if only and name not in only:
                continue
            with Server("4d-host", [os.path.join(build, "bin", "headless-host"), os.path.join(HERE, "project")]) as s:
                url = f"ws://127.0.0.1:{s.port}/"
                for client in ("4d-host", "node-ws") if name == "client echo throughput" else ("4d-host",):
                    try:
                        if name == "client echo throughput":
                            result = client_echo(build, work, client, url, seconds)
                        else:
                            result = client_idle(build, work, url, 1000 if quick else 5000)
                    except Exception as error:  # reported in the table, not fatal
                        result = {"error": str(error)}
                    runs.setdefault((name, client), []).append(result)
                    print(f"{name:16} {client:8} {result}", flush=True)
    return {key: median_result(r) for key, r in runs.items()}


def write_report(names, results, lang_rows, linearity, quick, repeat):
    def get(scenario, server, key):
        r = results.get((scenario, server), {})
        return r.get(key)

    lines = [f"# Benchmark results, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC", ""]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    lines += [f"Machine: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}; "
              f"load generator and server share the cores. {'Quick run. ' if quick else ''}"
              f"Each server figure is the median of {repeat} runs, the servers taking turns.", ""]
    lines += ["## Servers (same load generator, one server at a time)", "",
              "| scenario | figure | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    figures = [("echo throughput", "messages/s", "messages_per_sec"),
               ("echo throughput", "server CPU µs per message", "server_cpu_us_per_message"),
               ("echo latency", "p50 µs", "p50_us"), ("echo latency", "p90 µs", "p90_us"),
               ("echo latency", "p99 µs", "p99_us"),
               ("echo latency", "server CPU µs per message", "server_cpu_us_per_message"),
               ("echo latency (pinned)", "p50 µs", "p50_us"), ("echo latency (pinned)", "p99 µs", "p99_us"),
               ("large messages", "MiB/s", "bytes_per_sec"),
               ("broadcast", "to last receiver p50 µs", "p50_us"),
               ("broadcast", "to last receiver p99 µs", "p99_us"), ("idle", "KiB per connection", "kib_per_connection"),
               ("idle", "threads before → connected → held 10 s", None),
               ("storm", "clients connecting at once", "connections"), ("storm", "upgraded", "upgraded"),
               ("storm", "refused, or closed unanswered", "failed"),
               ("storm", "seconds until every client was answered", "seconds"),
               ("storm", "threads before → peak → after", "threads"),
               ("flood", "RSS peak over the start, MiB", "rss_peak_increase_mib"),
               ("flood", "messages handled (in order)", "handled"), ("flood", "out of order", "out_of_order"),
               ("flood", "seconds", "seconds"), ("flood", "second client's echo p50 µs", "echo_p50_us"),
               ("flood", "second client's echo max µs", "echo_max_us"),
               ("wss echo throughput", "messages/s", "messages_per_sec"),
               ("wss echo throughput", "server CPU µs per message", "server_cpu_us_per_message"),
               ("compressed JSON echo", "messages/s", "messages_per_sec"),
               ("compressed JSON echo", "server CPU µs per message", "server_cpu_us_per_message"),
               ("tls handshakes", "clients upgraded", "upgraded"),
               ("tls handshakes", "handshakes/s", "handshakes_per_sec"),
               ("client echo throughput", "4D.WebSocket client (4d-host) vs Node's ws client: messages/s",
                "messages_per_sec"),
               ("client idle", "4D.WebSocket client: KiB per idle connection", "kib_per_connection")]
    for scenario, label, key in figures:
        if not any((scenario, n) in results for n in names):
            continue
        cells = []
        for n in names:
            r = results.get((scenario, n), {})
            if not r:
                cells.append("n/a")
            elif "error" in r:
                cells.append("error: " + str(r["error"])[:60].replace("|", "/"))
            elif key is None:
                cells.append(f"{r.get('threads_before')} → {r.get('threads_connected')} → {r.get('threads_held')}")
            elif key == "threads":
                cells.append(f"{r.get('threads_before')} → {r.get('threads_peak')} → {r.get('threads_after')}")
            elif key == "failed":
                cells.append(fmt(r.get("refused", 0) + r.get("unanswered", 0) + r.get("pending", 0)))
            elif key == "bytes_per_sec":
                cells.append(fmt(r.get(key, 0) / (1 << 20) if r.get(key) else None))
            else:
                cells.append(fmt(r.get(key)))
        lines.append(f"| {scenario} | {label} | " + " | ".join(cells) + " |")

    targets = [
        ("echo throughput vs node-ws (target ≥ 2.0)",
         ratio(get("echo throughput", "4d-host", "messages_per_sec"), get("echo throughput", "node-ws", "messages_per_sec")), 2.0, True),
        ("echo throughput vs poco (target ≥ 1.5)",
         ratio(get("echo throughput", "4d-host", "messages_per_sec"), get("echo throughput", "poco", "messages_per_sec")), 1.5, True),
        ("echo p99 latency vs node-ws (target ≤ 1.0)",
         ratio(get("echo latency", "4d-host", "p99_us"), get("echo latency", "node-ws", "p99_us")), 1.0, False),
        ("echo p99 latency vs node-ws, load generator on its own core (not a target: where the tail comes from)",
         ratio(get("echo latency (pinned)", "4d-host", "p99_us"), get("echo latency (pinned)", "node-ws", "p99_us")),
         None, False),
        ("broadcast p50 to last receiver vs node-ws (target ≤ 1.5)",
         ratio(get("broadcast", "4d-host", "p50_us"), get("broadcast", "node-ws", "p50_us")), 1.5, False),
        ("1 MiB echo bytes/s vs node-ws (target ≥ 0.7)",
         ratio(get("large messages", "4d-host", "bytes_per_sec"), get("large messages", "node-ws", "bytes_per_sec")), 0.7, True),
        ("idle KiB per connection (target ≤ 8, absolute)", get("idle", "4d-host", "kib_per_connection"), 8.0, False),
        ("storm: share of clients upgraded (target 1.0, as node-ws)",
         ratio(get("storm", "4d-host", "upgraded"), get("storm", "4d-host", "connections")), 1.0, True),
        ("flood: RSS peak MiB over the start (target ≤ 32, absolute)", get("flood", "4d-host", "rss_peak_increase_mib"),
         32.0, False),
        ("wss echo throughput vs node-ws over https (target ≥ 2.0)",
         ratio(get("wss echo throughput", "4d-host", "messages_per_sec"),
               get("wss echo throughput", "node-ws", "messages_per_sec")), 2.0, True),
        ("compressed JSON echo vs node-ws with perMessageDeflate (target ≥ 2.0)",
         ratio(get("compressed JSON echo", "4d-host", "messages_per_sec"),
               get("compressed JSON echo", "node-ws", "messages_per_sec")), 2.0, True),
        ("TLS handshakes/s vs node-ws over https (not a target)",
         ratio(get("tls handshakes", "4d-host", "handshakes_per_sec"), get("tls handshakes", "node-ws", "handshakes_per_sec")),
         None, True),
        ("client echo throughput, 4D.WebSocket vs Node's ws client, same echo server (target ≥ 1.5)",
         ratio(get("client echo throughput", "4d-host", "messages_per_sec"),
               get("client echo throughput", "node-ws", "messages_per_sec")), 1.5, True),
        ("flood: second client's echo max ms (target ≤ 100, absolute)",
         get("flood", "4d-host", "echo_max_us") and get("flood", "4d-host", "echo_max_us") / 1000, 100.0, False),
    ]
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    for label, value, bound, higher_is_better in targets:
        if bound is None:
            met = "—"
        elif value is None:
            met = "n/a"
        else:
            met = "yes" if (value >= bound if higher_is_better else value <= bound) else "NO"
        lines.append(f"| {label} | {fmt(value)} | {met} |")

    if not lang_rows:
        return "\n".join(lines) + "\n"
    lines += ["", "## Interpreter (best of 5 runs, the languages taking turns on one core per round, the rounds going "
              "round the cores; seconds, whole process)", "",
              "| program | 4D host | CPython (Debian) | Lua 5.4 | host / CPython (target ≤ 1.0) | outputs agree |",
              "|---|---|---|---|---|---|"]
    for name, t4, tp, tl, agree, _ in lang_rows:
        lines.append(f"| {name} | {fmt(t4)} | {fmt(tp)} | {fmt(tl)} | {fmt(ratio(t4, tp))} | {'yes' if agree else 'NO'} |")
    lines += ["", f"Text building, time for 2N appends / time for N (linear ≈ 2): {linearity}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("build")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", type=int)
    parser.add_argument("--only", default="")
    parser.add_argument("--no-lang", action="store_true")
    options = parser.parse_args()
    build = os.path.abspath(options.build)
    repeat = options.repeat or (1 if options.quick else 3)
    only = [name.strip() for name in options.only.split(",") if name.strip()]
    # The interpreter first: after the servers' scenarios (10,000 connections closing) the machine needs a while
    # to settle.
    lang_rows, linearity = ([], None) if options.no_lang else run_languages(build)
    with tempfile.TemporaryDirectory(prefix="fourd-bench-") as work:
        names, results = run_servers(build, options.quick, repeat, only, work)
        results.update(run_clients(build, options.quick, repeat, only, work))
    report = write_report(names, results, lang_rows, linearity, options.quick, repeat)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    path = os.path.join(HERE, "results", f"{datetime.datetime.utcnow():%Y-%m-%d-%H%M}.md")
    with open(path, "w") as f:
        f.write(report)
    print(report)
    print(f"written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
