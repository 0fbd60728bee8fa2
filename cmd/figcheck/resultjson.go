package main

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strconv"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
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
	// encodeGroup is encode for a group, through appendGroupJSON
	// when the group's fields are the ones it writes
	var raw []byte
	encodeGroup := func(g *compare.Group) error {
		if !groupFieldsKnown {
			return encode(g, "    ")
		}
		out, scratch, err := appendGroupJSON(buf.AvailableBuffer(), raw, g)
		raw = scratch
		if err != nil {
			return err
		}
		buf.Write(out)
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
			if err := encodeGroup(&res.Groups[i]); err != nil {
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

// appendGroupJSON appends g as json.Encoder with a two-space indent
// writes a group of the result (at the depth of "    "), HTML left
// unescaped, without reflection and without laying out compact JSON
// again: a thousand reports' groups hold a quarter of a million
// disagreements, and reflecting over them was half the time of writing
// them. The facts go through appendFactJSON, compact into scratch, then
// appendIndent.
func appendGroupJSON(b, scratch []byte, g *compare.Group) (out, scratchOut []byte, err error) {
	const p1, p2 = "\n      ", "\n        " // the depths of a group's fields and of their elements
	b = append(b, '{')
	b = appendJSONString(append(b, p1+`"type": `...), g.Type)
	b = appendJSONString(append(b, ","+p1+`"key": `...), g.Key)
	b = appendJSONString(append(b, ","+p1+`"kind": `...), string(g.Kind))
	b = appendJSONString(append(b, ","+p1+`"unit": `...), g.Unit)
	b = appendJSONString(append(b, ","+p1+`"status": `...), string(g.Status))
	b = append(b, ","+p1+`"facts": `...)
	switch {
	case g.Facts == nil:
		b = append(b, "null"...)
	case len(g.Facts) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i := range g.Facts {
			if i > 0 {
				b = append(b, ',')
			}
			if scratch, err = appendFactJSON(scratch[:0], &g.Facts[i]); err != nil {
				return b, scratch, err
			}
			b = appendIndent(append(b, p2...), scratch, p2[1:], "  ")
		}
		b = append(b, p1+"]"...)
	}
	b = appendDisagreementsJSON(append(b, ","+p1+`"disagreements": `...), g.Disagreements)
	b = append(b, ","+p1+`"claims": `...)
	switch {
	case g.Claims == nil:
		b = append(b, "null"...)
	case len(g.Claims) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i, c := range g.Claims {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(append(b, p2...), int64(c), 10)
		}
		b = append(b, p1+"]"...)
	}
	if len(g.Differences) > 0 { // omitempty
		b = appendDisagreementsJSON(append(b, ","+p1+`"differences": `...), g.Differences)
	}
	return append(b, "\n    }"...), scratch, nil
}

// appendDisagreementsJSON appends ds as appendGroupJSON lays out a
// group's field.
func appendDisagreementsJSON(b []byte, ds []compare.Disagreement) []byte {
	const p1, p2, p3 = "\n      ", "\n        ", "\n          " // a field, its elements, theirs
	switch {
	case ds == nil:
		return append(b, "null"...)
	case len(ds) == 0:
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i := range ds {
		d := &ds[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p2+"{"+p3+`"a": `...)
		b = strconv.AppendInt(b, int64(d.A), 10)
		b = append(b, ","+p3+`"b": `...)
		b = strconv.AppendInt(b, int64(d.B), 10)
		b = appendJSONString(append(b, ","+p3+`"reason": `...), d.Reason)
		if d.Internal {
			b = append(b, ","+p3+`"internal": true`...)
		}
		if d.Update {
			b = append(b, ","+p3+`"update": true`...)
		}
		if d.Later != "" {
			b = appendJSONString(append(b, ","+p3+`"later": `...), d.Later)
		}
		b = append(b, p2+"}"...)
	}
	return append(b, p1+"]"...)
}

// groupFieldsKnown: compare.Group and compare.Disagreement have the
// fields, types and tags appendGroupJSON writes; a field added or changed
// sends every group through encoding/json until appendGroupJSON learns it.
var groupFieldsKnown = fieldsAre(reflect.TypeFor[compare.Group](), []string{
	`Type string json:"type"`, `Key string json:"key"`, `Kind facts.Kind json:"kind"`,
	`Unit string json:"unit"`, `Status compare.Status json:"status"`, `Facts []facts.Fact json:"facts"`,
	`Disagreements []compare.Disagreement json:"disagreements"`, `Claims []int json:"claims"`,
	`Differences []compare.Disagreement json:"differences,omitempty"`,
}) && fieldsAre(reflect.TypeFor[compare.Disagreement](), []string{
	`A int json:"a"`, `B int json:"b"`, `Reason string json:"reason"`, `Internal bool json:"internal,omitempty"`,
	`Update bool json:"update,omitempty"`, `Later string json:"later,omitempty"`,
}) && reflect.TypeFor[facts.Kind]().Kind() == reflect.String && reflect.TypeFor[compare.Status]().Kind() == reflect.String &&
	!hasMarshaler(reflect.TypeFor[facts.Kind]()) && !hasMarshaler(reflect.TypeFor[compare.Status]()) &&
	!hasMarshaler(reflect.TypeFor[compare.Group]()) && !hasMarshaler(reflect.TypeFor[compare.Disagreement]())

// fieldsAre reports whether struct type t has exactly the fields want,
// each written "Name Type tag".
func fieldsAre(t reflect.Type, want []string) bool {
	var got []string
	for i := range t.NumField() {
		f := t.Field(i)
		got = append(got, f.Name+" "+f.Type.String()+" "+string(f.Tag))
	}
	return slices.Equal(got, want)
}
