#!/usr/bin/python3
"""Reads a whosaid.v1 length-delimited Envelope stream and prints one line
per record, exactly like tools/read_stream.cpp (the tests diff the two).

    /usr/bin/python3 tools/read_stream.py out.binpb     # or < out.binpb

Needs Debian's python3-protobuf (run it with /usr/bin/python3) and the
generated module on the path: the build writes it to
build/<preset>/proto/python (protoc --python_out=DIR -I proto
proto/whosaid/v1/report.proto); set PYTHONPATH to that folder.

Streams the file record by record (never reads it whole). Exit status: 0
when the stream parsed to its end, 1 otherwise.
"""
import sys

from whosaid.v1 import report_pb2


def read_varint(stream):
    """The next varint, or None at a clean end of the stream."""
    shift = result = 0
    while True:
        byte = stream.read(1)
        if not byte:
            if shift == 0:
                return None
            raise EOFError("truncated size")
        result |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return result
        shift += 7
        if shift > 28:
            raise ValueError("size varint too long")


def envelopes(stream):
    while (size := read_varint(stream)) is not None:
        data = stream.read(size)
        if len(data) != size:
            raise EOFError("truncated record")
        envelope = report_pb2.Envelope()
        envelope.ParseFromString(data)
        yield envelope


def spans_match(report, text):
    """Every span's text is text[begin_byte:end_byte] (bytes, half-open)."""
    raw = text.encode("utf-8")
    spans = [s.span for s in report.sentences]
    for a in report.attributions:
        spans += [a.cue, *a.contents] + ([a.source] if a.HasField("source") else [])
    return all(raw[s.begin_byte:s.end_byte] == s.text.encode("utf-8") and
               text[s.begin_code_point:s.end_code_point] == s.text for s in spans)


def describe(env):
    kind = env.WhichOneof("record")
    if kind == "header":
        return f"header {env.header.schema} {env.header.tool_version}"
    if kind == "report":
        r = env.report
        line = f"report {r.document.id} attributions={len(r.attributions)}"
        if r.document.input_format != report_pb2.INPUT_FORMAT_UNSPECIFIED:
            if r.document.input_format != report_pb2.INPUT_FORMAT_HTML:
                check = "-"
            else:
                check = "ok" if spans_match(r, r.document.text) else "BAD"
            line += f" at={r.document.origin}:{r.document.line} spans={check}"
        return line
    if kind == "error":
        d = env.error.document
        line = f"error {d.id} {env.error.code}"
        if d.input_format != report_pb2.INPUT_FORMAT_UNSPECIFIED:
            line += f" at={d.origin}:{d.line}"
        return line
    if kind == "summary":
        s = env.summary
        return f"summary documents={s.documents} reports={s.reports} errors={s.errors}"
    return "unknown"


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "<stdin>"
    stream = open(sys.argv[1], "rb") if len(sys.argv) > 1 else sys.stdin.buffer
    out = sys.stdout
    try:
        for env in envelopes(stream):
            out.write(describe(env) + "\n")
    except Exception as e:  # truncated or not a whosaid stream
        sys.stderr.write(f"read_stream.py: error: {name}: truncated or invalid record ({e})\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
