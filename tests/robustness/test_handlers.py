"""4D handler code that goes wrong: onConnection answers with something that is no handler or raises, onMessage
raises, send() after terminate(). Each must give a clear 4D error (onError with the error stack), refuse or keep
the client as documented, and never disturb the other clients: a bystander connection echoes after every case."""

import json

import harness
import wsraw
from harness import new_tag
from wsraw import OP_TEXT, RawClient


def refused(host, ret, expect_error):
    """onConnection returning `ret`'s value: the upgrade is answered 403 and never opens; with `expect_error`
    the server's onError explains why."""
    def run():
        tag = new_tag("ret")
        status, _, _ = wsraw.http_exchange(host.port, wsraw.upgrade_request(f"/echo?ret={ret}&tag={tag}", host.port))
        assert status == 403, f"onConnection returning {ret}: status {status}, expected 403"
        if expect_error:
            line = host.wait_for_line(r"^server-error path=/echo status=(.*?) errors=(.*)$", 5)
            print(f"  onError: {line.group(1)} {line.group(2)}", flush=True)
            assert line.group(1).strip(), "onError without a statusText"
            errors = json.loads(line.group(2))
            assert errors and errors[0].get("message"), "onError without an error message"
        else:
            assert no_server_error(host), "a refusal by Null was reported as an error"
        assert host.no_event("open", tag, 0.1), "a refused client was opened"
        return True
    return run


def no_server_error(host):
    try:
        host.wait_for_line(r"^server-error path=/echo", 0.5)
        return False
    except harness.HostError:
        return True


def raising_on_message(host, times):
    """onMessage raises `times` times: onError each time with the 4D error, the connection stays open."""
    def run():
        tag = new_tag("raise")
        with RawClient(host.port, f"/echo?tag={tag}") as client:
            for _ in range(times):
                client.send_text("!raise")
            for index in range(times):
                fields = host.event("error", tag)
                assert fields["status"] == "Connected", f"status {fields['status']} after a handler error"
                errors = json.loads(fields["errors"])
                assert any(error.get("errCode") == 902 for error in errors), f"error {index}: {errors}"
            client.send_text("after the errors")
            opcode, payload, _ = client.read_frame()
            assert (opcode, payload) == (OP_TEXT, b"after the errors"), f"echo after errors: {payload!r}"
            client.close_politely()
        fields = host.event("terminate", tag)
        assert fields["code"] == "1000", f"onTerminate code {fields['code']}"
        return True
    return run


def send_after_terminate(host):
    """terminate() then send(): the send raises a clear error (onError), the client gets a normal close."""
    def run():
        tag = new_tag("late")
        with RawClient(host.port, f"/echo?tag={tag}") as client:
            client.send_text("!closed-send")
            code, _, skipped = client.read_close()
            assert code == 1000, f"close code {code}, expected 1000"
            assert skipped == 0, "the send after terminate() reached the client"
            client.send(wsraw.OP_CLOSE, wsraw.close_payload(1000))
        error = host.event("error", tag)
        errors = json.loads(error["errors"])
        message = " ".join(str(e.get("message", "")) for e in errors)
        print(f"  onError: {message}", flush=True)
        assert "send" in message.lower(), f"the error does not say send() failed: {message}"
        host.event("terminate", tag)
        assert host.callbacks(tag) == ["open", "command", "error", "terminate"], f"callbacks {host.callbacks(tag)}"
        return True
    return run


def send_to_closed(host):
    """send() on a connection that has closed (onTerminate done): a clear error in the caller's onError; the
    calling connection stays open."""
    def run():
        gone = new_tag("gone")
        with RawClient(host.port, f"/echo?tag={gone}") as client:
            client.close_politely()
        host.event("terminate", gone)
        tag = new_tag("ghost")
        with RawClient(host.port, f"/echo?tag={tag}") as client:
            client.send_text("!send-to-closed")
            errors = json.loads(host.event("error", tag)["errors"])
            message = " ".join(str(e.get("message", "")) for e in errors)
            print(f"  onError: {message}", flush=True)
            assert "closed" in message.lower(), f"the error does not say the connection is closed: {message}"
            client.send_text("still open")
            opcode, payload, _ = client.read_frame()
            assert (opcode, payload) == (OP_TEXT, b"still open"), f"echo after the error: {payload!r}"
            client.close_politely()
        host.event("terminate", tag)
        return True
    return run


def body(host, tally):
    bystander_tag = new_tag("bystander")
    with RawClient(host.port, f"/echo?tag={bystander_tag}") as bystander:
        rounds = [0]

        def bystander_echoes():
            rounds[0] += 1
            text = f"bystander round {rounds[0]}"
            bystander.send_text(text)
            opcode, payload, _ = bystander.read_frame()
            assert (opcode, payload) == (OP_TEXT, text.encode()), f"bystander echo {payload!r}"

        cases = [
            ("onConnection returns a number → 403 + server onError", refused(host, "number", True)),
            ("onConnection returns a text → 403 + server onError", refused(host, "text", True)),
            ("onConnection raises → 403 + server onError", refused(host, "raise", True)),
            ("onConnection returns Null → 403, no error", refused(host, "null", False)),
            ("onMessage raises once → onError, stays open", raising_on_message(host, 1)),
            ("onMessage raises 50 times → 50 onError, stays open", raising_on_message(host, 50)),
            ("send() after terminate() → clear error, normal close", send_after_terminate(host)),
            ("send() to a connection that closed → clear error, caller stays open", send_to_closed(host)),
        ]
        for label, run in cases:
            tally.case(f"handler: {label}", run)
            try:
                bystander_echoes()
            except (AssertionError, OSError) as error:
                tally.check(False, f"the bystander stopped working after {label}: {error}")
        bystander.close_politely()
    host.event("terminate", bystander_tag)
    print(f"  the bystander echoed {rounds[0]} times, once after every case", flush=True)


if __name__ == "__main__":
    harness.main("handlers", body)
