"""WARC archive of a harvest: a request and a response record for every HTTP exchange (warcio).

Each run writes its own gzipped file (``newsmill-<UTC time>-<pid>.warc.gz``), one gzip member per
record, so that a run killed mid-record leaves earlier files and records readable. The response
payload is the body as decoded by the HTTP client: a Content-Encoding header is dropped and the
Content-Length set to the stored payload, so that every record replays as written.
"""

from __future__ import annotations

import os
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HOP_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "connection"})


class WarcArchive:
    """Appends request/response record pairs to a new WARC file under `folder`.

    Use as a context manager or call `close`. `path` is the file written to.
    """

    def __init__(self, folder: str | Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        self.path = folder / f"newsmill-{stamp}-{os.getpid()}.warc.gz"
        self._file = open(self.path, "ab")
        self._writer = WARCWriter(self._file, gzip=True)
        self.records = 0

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write_exchange(self, url: str, request_headers: dict[str, str], status: int, reason: str,
                       http_version: str, response_headers: list[tuple[str, str]], body: bytes) -> None:
        """Write the request record and the response record (linked by WARC-Concurrent-To)."""
        path = url.split("://", 1)[-1]
        path = "/" + path.split("/", 1)[1] if "/" in path else "/"
        host = url.split("://", 1)[-1].split("/", 1)[0]
        request_http = StatusAndHeaders(f"GET {path} {http_version}",
                                        [("Host", host), *request_headers.items()], is_http_request=True)
        request = self._writer.create_warc_record(url, "request", http_headers=request_http)
        headers = [(k, v) for k, v in response_headers if k.lower() not in HOP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        response_http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=http_version)
        response = self._writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                   length=len(body), http_headers=response_http)
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        self._writer.write_record(response)
        self._writer.write_record(request)
        self._file.flush()
        self.records += 2

    def close(self) -> None:
        """Flush and close the file."""
        if not self._file.closed:
            self._file.close()
