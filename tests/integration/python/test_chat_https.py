"""The chat example over HTTPS: headless Chromium loads the chat page from https:// in two tabs, which then chat
over wss:// (chat.js picks wss:// on an https page), exactly as tests/integration/browser/chat.test.js does over
HTTP. The example's project is copied with a certificate made at run time, and its WEB START SERVER replaced by
WEB Server.start() with HTTPS, as a 4D developer putting the chat behind a certificate would."""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from certificates import full_stacks_under_asan, write_certificate
from host_process import HostError, HostProcess, free_port


def https_copy(example, base, https_port):
    project = os.path.join(base, "chat")
    shutil.copytree(example, project)
    write_certificate(os.path.join(base, "certificates"))
    startup = os.path.join(project, "Project", "Sources", "DatabaseMethods", "onStartup.4dm")
    with open(startup) as source:
        code = source.read()
    start = (f'var $started : Object\n$started:=WEB Server.start(New object("HTTPSEnabled"; True; "HTTPSPort"; '
             f'{https_port}; "certificateFolder"; "{os.path.join(base, "certificates")}"))\n'
             'ALERT("HTTPS started: "+JSON Stringify($started))')
    assert "WEB START SERVER" in code, "the chat example no longer starts its web server with WEB START SERVER"
    with open(startup, "w") as out:
        out.write(code.replace("WEB START SERVER", start, 1))
    return project


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--example", required=True, help="examples/chat")
    parser.add_argument("--node", required=True)
    parser.add_argument("--test", required=True, help="tests/integration/browser/chat.test.js")
    args = parser.parse_args()
    full_stacks_under_asan()
    base = tempfile.mkdtemp(prefix="fourd-chat-https-")
    try:
        https_port = free_port()
        project = https_copy(args.example, base, https_port)
        with HostProcess(shlex.split(args.host), project, ready_path="/chat") as host:
            print("[test] " + host.wait_for_line(r"^HTTPS started: .*$").group(0), flush=True)
            env = dict(os.environ, WS_PORT=str(host.port), CHAT_URL=f"https://127.0.0.1:{https_port}/")
            return subprocess.run([args.node, args.test], env=env, timeout=150).returncode
    except (HostError, subprocess.TimeoutExpired) as error:
        print(f"FAIL chat over HTTPS: {error}", flush=True)
        return 1
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
