package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"sync"

	"github.com/figcheck/figcheck/facts"
)

// A docEncoder encodes facts one by one in a streaming format (jsonl,
// json, csv), into bytes that a sink writes as they are: a worker encodes
// its document while the sink writes the one before.
type docEncoder struct {
	format string
	cache  stringCache
	buf    []byte
	tmp    []byte
	indent bytes.Buffer
	csvBuf bytes.Buffer
	csv    *csv.Writer
}

// add encodes one fact. In json, each fact starts with a comma (see
// jsonFacts.writeEncoded).
func (e *docEncoder) add(f *facts.Fact) error {
	var err error
	switch e.format {
	case "jsonl":
		e.buf, err = appendFactJSONCached(e.buf, f, &e.cache)
		e.buf = append(e.buf, '\n')
	case "json":
		// As an Encoder with SetIndent("    ", "  ") after "\n    ".
		e.tmp, err = appendFactJSONCached(e.tmp[:0], f, &e.cache)
		if err == nil {
			e.indent.Reset()
			err = json.Indent(&e.indent, e.tmp, "    ", "  ")
			e.buf = append(e.buf, ",\n    "...)
			e.buf = append(e.buf, e.indent.Bytes()...)
		}
	case "csv":
		if e.csv == nil {
			e.csv = csv.NewWriter(&e.csvBuf)
		}
		err = e.csv.Write(csvRow(f))
	}
	return err
}

// take returns what was encoded since the last take; the bytes are valid
// until the next add.
func (e *docEncoder) take() []byte {
	if e.csv != nil {
		e.csv.Flush()
		e.buf = append(e.buf, e.csvBuf.Bytes()...)
		e.csvBuf.Reset()
	}
	b := e.buf
	e.buf = e.buf[:0]
	return b
}

// handOff returns what was encoded since the last take, as take does, but
// the bytes stay valid: the encoder goes on in another buffer (outBufs),
// and the writer gives this one back (putOutBuf) once written. Each part
// of a document was a copy of its bytes.
func (e *docEncoder) handOff() []byte {
	b := e.take()
	if len(b) == 0 {
		return nil
	}
	e.buf = getOutBuf()
	return b
}

// swapIn takes b, the bytes another encoder encoded, as its own when none
// are pending, giving that encoder its empty buffer in exchange; else it
// copies them. It returns the buffer the other encoder goes on in.
func (e *docEncoder) swapIn(b []byte) []byte {
	if e.pending() > 0 {
		e.buf = append(e.buf, b...)
		return b[:0]
	}
	old := e.buf[:0]
	e.buf = b
	return old
}

// outBufs holds the buffers of encoded parts that the writer wrote.
var outBufs sync.Pool

func getOutBuf() []byte {
	if b, ok := outBufs.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

// putOutBuf gives back a part's buffer once its bytes are written.
func putOutBuf(b []byte) {
	if cap(b) > 0 {
		b = b[:0]
		outBufs.Put(&b)
	}
}

// pending is how many bytes are encoded and not taken yet.
func (e *docEncoder) pending() int { return len(e.buf) + e.csvBuf.Len() }

// encodesFacts reports whether a format writes each fact as it comes
// (through a docEncoder); the others keep each document and its facts.
func encodesFacts(format string) bool {
	return format == "jsonl" || format == "json" || format == "csv"
}
