"""Self-signed certificates for the HTTPS tests, made at run time (nothing committed expires): key.pem and cert.pem
in a folder, as 4D expects them, for 127.0.0.1."""

import os
import time

from OpenSSL import crypto


def write_certificate(folder, not_before_days=-1, not_after_days=365, other_key=False):
    os.makedirs(folder)
    key = crypto.PKey()
    key.generate_key(crypto.TYPE_RSA, 2048)
    certificate = crypto.X509()
    certificate.set_version(2)
    certificate.set_serial_number(int(time.time() * 1000))
    certificate.get_subject().CN = "127.0.0.1"
    certificate.set_issuer(certificate.get_subject())
    certificate.gmtime_adj_notBefore(not_before_days * 86400)
    certificate.gmtime_adj_notAfter(not_after_days * 86400)
    certificate.add_extensions([crypto.X509Extension(b"subjectAltName", False, b"IP:127.0.0.1")])
    certificate.set_pubkey(key)
    certificate.sign(key, "sha256")
    if other_key:
        key = crypto.PKey()
        key.generate_key(crypto.TYPE_RSA, 2048)
    with open(os.path.join(folder, "cert.pem"), "wb") as out:
        out.write(crypto.dump_certificate(crypto.FILETYPE_PEM, certificate))
    with open(os.path.join(folder, "key.pem"), "wb") as out:
        out.write(crypto.dump_privatekey(crypto.FILETYPE_PEM, key))


def full_stacks_under_asan():
    """Under AddressSanitizer, the host records whole allocation stacks: libcrypto has no frame pointers, and the
    suppressions of OpenSSL's per-thread state in tests/lsan.supp name OpenSSL functions, which the fast unwinder
    never reaches. Only the hosts of the TLS tests pay for the slow unwinder."""
    if "ASAN_OPTIONS" in os.environ:
        os.environ["ASAN_OPTIONS"] += ":fast_unwind_on_malloc=0"
