package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"

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

// pending is how many bytes are encoded and not taken yet.
func (e *docEncoder) pending() int { return len(e.buf) + e.csvBuf.Len() }

// encodesFacts reports whether a format writes each fact as it comes
// (through a docEncoder); the others keep each document and its facts.
func encodesFacts(format string) bool {
	return format == "jsonl" || format == "json" || format == "csv"
}
