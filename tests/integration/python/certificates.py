"""Certificates for the HTTPS tests, made at run time with the `openssl` command (nothing committed expires): a
test CA, and in a folder key.pem and cert.pem for 127.0.0.1 signed by it, as 4D expects them, with the CA beside
them as ca.pem for the clients to trust. `openssl ca` takes any validity dates, which makes an expired certificate
as easily as a valid one."""

import datetime
import os
import subprocess

CA_CONFIG = """[ca]
default_ca = test
[test]
database = {folder}/index.txt
new_certs_dir = {folder}
rand_serial = yes
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
"""


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def write_certificate(folder, not_before_days=-1, not_after_days=365, other_key=False):
    """Returns the path of the CA certificate the clients should trust."""
    os.makedirs(folder)
    work = os.path.join(folder, "ca")
    os.makedirs(work)
    with open(os.path.join(work, "ca.cnf"), "w") as out:
        out.write(CA_CONFIG.format(folder=work))
    open(os.path.join(work, "index.txt"), "w").close()
    ca = os.path.join(folder, "ca.pem")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=fourd test CA",
            "-keyout", "ca-key.pem", "-out", ca, cwd=work)
    openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "../key.pem", "-out", "request.csr", cwd=work)
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = lambda days: (now + datetime.timedelta(days=days)).strftime("%Y%m%d%H%M%SZ")
    openssl("ca", "-batch", "-config", "ca.cnf", "-cert", ca, "-keyfile", "ca-key.pem", "-in", "request.csr",
            "-out", "../cert.pem", "-notext", "-startdate", stamp(not_before_days), "-enddate", stamp(not_after_days),
            cwd=work)
    if other_key:
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "../key.pem", cwd=work)
    return ca


def full_stacks_under_asan():
    """Under AddressSanitizer, the host records whole allocation stacks: libcrypto has no frame pointers, and the
    suppressions of OpenSSL's per-thread state in tests/lsan.supp name OpenSSL functions, which the fast unwinder
    never reaches. Only the hosts of the TLS tests pay for the slow unwinder."""
    if "ASAN_OPTIONS" in os.environ:
        os.environ["ASAN_OPTIONS"] += ":fast_unwind_on_malloc=0"
