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
	var buf, compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	// encode appends v laid out at the depth of prefix, without the
	// encoder's final newline: encoded compact, then laid out by
	// appendIndent (json.Indent's scanner was a quarter of the run).
	encode := func(v any, prefix string) error {
		compact.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		c := compact.Bytes()
		buf.Write(appendIndent(buf.AvailableBuffer(), c[:len(c)-1], prefix, "  "))
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

// appendIndent appends src, compact JSON as encoding/json writes it (no
// space outside strings), laid out as json.Indent lays it out: each
// element of an object or array on a line of its own, starting with
// prefix and one indent per depth, an empty object or array left as {}
// or [], a space after each colon.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"': // a string, copied whole: up to a quote not escaped
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:], '"')
				if k < 0 {
					j = len(src) - 1
					break
				}
				j += k
				bs := 0
				for bs < j-i-1 && src[j-1-bs] == '\\' {
					bs++
				}
				if bs%2 == 0 {
					break
				}
				j++
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		default: // a number or a literal, up to what ends it
			j := i + 1
			for j < len(src) && !jsonPunct[src[j]] {
				j++
			}
			dst = append(dst, src[i:j]...)
			i = j - 1
		}
	}
	return dst
}

// jsonPunct marks the bytes that end a number or literal in compact JSON.
var jsonPunct = [256]bool{'{': true, '}': true, '[': true, ']': true, ',': true, ':': true, '"': true}
