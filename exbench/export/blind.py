"""Blind codes: stable, keyed, collision-checked; their mapping kept private, outside the exports.

A code is `ORG-` and 12 Crockford base32 characters (60 bits) of an HMAC-SHA256
of the organization id, so it is the same in every export made with the same
key and cannot be reversed without it. The key comes from EXBENCH_BLIND_KEY
or the file named by EXBENCH_BLIND_KEY_FILE, never from the repository. The
mapping from codes back to organizations lives beside the warehouse in a
private folder (mode 0700, files 0600), or where EXBENCH_BLIND_MAPPINGS says,
and never under the exports folder that juries receive.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterable
from pathlib import Path

from exbench.export.scope import ExportError
from exbench.settings import ENV_BLIND_MAPPINGS, blind_key_text, blind_mappings_override

CODE_PREFIX = "ORG-"
CODE_CHARS = 12
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class BlindKeyMissing(ExportError):
    """Blind mode was asked for without a key."""


class BlindCodeCollision(ExportError):
    """Two organizations got the same code."""


def blind_key() -> bytes:
    """The secret key for blind codes."""
    key = blind_key_text()
    if not key:
        raise BlindKeyMissing(
            "Blind exports need a secret key: set EXBENCH_BLIND_KEY or EXBENCH_BLIND_KEY_FILE (keep it out of the repository)."
        )
    return key.encode("utf-8")


def blind_code(organization_id: str, key: bytes) -> str:
    """A stable code such as ORG-7K2M9QH4TZ0B for an organization."""
    bits = int.from_bytes(hmac.new(key, organization_id.encode("utf-8"), hashlib.sha256).digest()[:8], "big") >> 4
    return CODE_PREFIX + "".join(_CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(CODE_CHARS)))


def codebook(organization_ids: Iterable[str], key: bytes) -> dict[str, str]:
    """organization_id -> code for every organization; fails when two share a code."""
    codes: dict[str, str] = {}
    holders: dict[str, str] = {}
    for organization_id in sorted(set(organization_ids)):
        code = blind_code(organization_id, key)
        if code in holders:
            raise BlindCodeCollision(
                f"two organizations got the same blind code {code}: export refused; use another EXBENCH_BLIND_KEY"
            )
        holders[code] = organization_id
        codes[organization_id] = code
    return codes


def mappings_dir(warehouse: Path, exports_dir: Path) -> Path:
    """Where blind mappings are kept: EXBENCH_BLIND_MAPPINGS, else .exbench-private/blind-mappings beside the warehouse.

    Refused (ExportError) when that folder lies inside the exports folder, which juries receive.
    """
    folder = blind_mappings_override() or warehouse.resolve().parent / ".exbench-private" / "blind-mappings"
    if folder.is_relative_to(exports_dir.resolve()):
        raise ExportError(
            f"the blind mapping folder {folder} is inside the exports folder {exports_dir.resolve()}: "
            f"set {ENV_BLIND_MAPPINGS} to a private folder elsewhere"
        )
    return folder


def _private_folder(folder: Path) -> None:
    missing = []
    for parent in (folder, *folder.parents):
        if parent.exists():
            break
        missing.append(parent)
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        path.chmod(0o700)


def write_mapping(folder: Path, name: str, payload: dict) -> Path:
    """Write the mapping file `name` into the private folder (created 0700; the file 0600), atomically."""
    _private_folder(folder)
    target = folder / name
    temp = folder / f".{name}.{os.getpid()}.tmp"
    data = (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
