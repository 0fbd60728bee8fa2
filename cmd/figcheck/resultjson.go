package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/figcheck/figcheck/compare"
)

// writeResultJSON writes res as json.Encoder with a two-space indent does,
// one group at a time: encoding the whole result at once held its bytes
// twice over (the encoding and its indented copy), tens of MB for a
// thousand reports.
func writeResultJSON(w io.Writer, res compare.Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode appends v laid out at the depth of prefix, without the
	// encoder's final newline.
	encode := func(v any, prefix string) error {
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		return nil
	}
	buf.WriteString("{\n  \"docs\": ")
	if err := encode(res.Docs, "  "); err != nil {
		return err
	}
	buf.WriteString(",\n  \"groups\": ")
	switch {
	case res.Groups == nil:
		buf.WriteString("null")
	case len(res.Groups) == 0:
		buf.WriteString("[]")
	default:
		buf.WriteString("[")
		for i := range res.Groups {
			if i > 0 {
				buf.WriteString(",")
			}
			buf.WriteString("\n    ")
			if err := encode(&res.Groups[i], "    "); err != nil {
				return err
			}
			if buf.Len() >= 64<<10 {
				if _, err := w.Write(buf.Bytes()); err != nil {
					return err
				}
				buf.Reset()
			}
		}
		buf.WriteString("\n  ]")
	}
	buf.WriteString("\n}\n")
	_, err := w.Write(buf.Bytes())
	return err
}
