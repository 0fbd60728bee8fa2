package main

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"math/bits"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/figcheck/figcheck/facts"
)

// appendFactJSON appends f as encoding/json writes it (HTML left
// unescaped, no newline), without reflection: reflection showed in the
// profile of a run over dense reports. The field plan is read once from the
// struct's tags, so a field added to facts.Fact is written too; a field of
// a type the plan does not know makes every fact go through encoding/json.
func appendFactJSON(b []byte, f *facts.Fact) ([]byte, error) {
	return appendFactJSONCached(b, f, nil)
}

// stringCache remembers, for each string field of the plan, the last
// string written and its encoding: the facts of one sentence come one
// after another and share their sentence (and every fact its document's
// name), which need not be escaped again. A string is the same when its
// bytes are the same bytes (the extractor never writes a string's bytes
// again), else it is written anew.
type stringCache struct {
	last []string
	enc  [][]byte
}

// encoded returns the encoding of field i's string s if it is the one
// written last.
func (c *stringCache) encoded(i int, s string) ([]byte, bool) {
	if c == nil || i >= len(c.last) || len(s) < minCachedString {
		return nil, false
	}
	l := c.last[i]
	return c.enc[i], len(l) == len(s) && unsafe.StringData(l) == unsafe.StringData(s)
}

// keep notes enc as the encoding of field i's string s.
func (c *stringCache) keep(i int, s string, enc []byte) {
	if c == nil || len(s) < minCachedString {
		return
	}
	if len(c.last) < len(factPlan) {
		c.last = make([]string, len(factPlan))
		c.enc = make([][]byte, len(factPlan))
	}
	c.last[i] = s
	c.enc[i] = append(c.enc[i][:0], enc...)
}

// minCachedString is the least length of a string worth remembering: a
// short one is escaped about as fast as it is copied.
const minCachedString = 32

// appendFactJSONCached is appendFactJSON with the strings written last
// remembered in c (nil for none).
func appendFactJSONCached(b []byte, f *facts.Fact, c *stringCache) ([]byte, error) {
	if factPlan == nil {
		return appendMarshal(b, f)
	}
	p := unsafe.Pointer(f)
	b = append(b, '{')
	first := true
	var last lastFloat
	plan := factPlan // not read again from the global after each store to b
	for i := range plan {
		fe := &plan[i]
		fp := unsafe.Add(p, fe.offset)
		switch fe.kind {
		case planString:
			s := *(*string)(fp)
			if fe.omitEmpty && s == "" {
				continue
			}
			b = fe.appendKey(b, first)
			if enc, ok := c.encoded(i, s); ok {
				b = append(b, enc...)
			} else {
				at := len(b)
				b = appendJSONString(b, s)
				c.keep(i, s, b[at:])
			}
		case planStringPtr:
			s := *(**string)(fp)
			if s == nil {
				if fe.omitEmpty {
					continue
				}
				b = append(fe.appendKey(b, first), "null"...)
			} else {
				b = appendJSONString(fe.appendKey(b, first), *s)
			}
		case planFloatPtr:
			v := *(**float64)(fp)
			if v == nil {
				if fe.omitEmpty {
					continue
				}
				b = append(fe.appendKey(b, first), "null"...)
			} else {
				if !finite(*v) {
					return appendMarshal(b, f) // for encoding/json's own error
				}
				b = last.append(fe.appendKey(b, first), *v)
			}
		case planFloat:
			v := *(*float64)(fp)
			if fe.omitEmpty && v == 0 {
				continue
			}
			if !finite(v) {
				return appendMarshal(b, f)
			}
			b = last.append(fe.appendKey(b, first), v)
		case planInt:
			v := *(*int)(fp)
			if fe.omitEmpty && v == 0 {
				continue
			}
			b = strconv.AppendInt(fe.appendKey(b, first), int64(v), 10)
		case planBool:
			v := *(*bool)(fp)
			if fe.omitEmpty && !v {
				continue
			}
			b = strconv.AppendBool(fe.appendKey(b, first), v)
		}
		first = false
	}
	return append(b, '}'), nil
}

// appendMarshal is the slow path through encoding/json.
func appendMarshal(b []byte, f *facts.Fact) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return b, err
	}
	return append(b, strings.TrimSuffix(sb.String(), "\n")...), nil
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

type planKind uint8

const (
	planString planKind = iota
	planStringPtr
	planFloatPtr
	planFloat
	planInt
	planBool
)

// planField is one field of facts.Fact to write.
type planField struct {
	key       string // `,"name":`: the comma that goes before every field but the first
	offset    uintptr
	kind      planKind
	omitEmpty bool
}

func (fe *planField) appendKey(b []byte, first bool) []byte {
	if first {
		return append(b, fe.key[1:]...)
	}
	return append(b, fe.key...)
}

// factPlan is nil when facts.Fact has a field the plan cannot write.
var factPlan = buildPlan(reflect.TypeFor[facts.Fact]())

func buildPlan(t reflect.Type) []planField {
	var plan []planField
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		for _, c := range name {
			if c == '"' || c == '\\' || c < ' ' || c >= utf8.RuneSelf {
				return nil
			}
		}
		fe := planField{key: `,"` + name + `":`, offset: sf.Offset}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				fe.omitEmpty = true
			case "":
			default:
				return nil // omitzero, string: not needed yet
			}
		}
		switch k := sf.Type.Kind(); {
		case k == reflect.String:
			fe.kind = planString
		case k == reflect.Float64:
			fe.kind = planFloat
		case k == reflect.Int:
			fe.kind = planInt
		case k == reflect.Bool:
			fe.kind = planBool
		case k == reflect.Pointer && sf.Type.Elem().Kind() == reflect.Float64:
			fe.kind = planFloatPtr
		case k == reflect.Pointer && sf.Type.Elem().Kind() == reflect.String:
			fe.kind = planStringPtr
		default:
			return nil
		}
		if t := sf.Type; hasMarshaler(t) || t.Kind() == reflect.Pointer && hasMarshaler(t.Elem()) {
			return nil
		}
		plan = append(plan, fe)
	}
	return plan
}

// hasMarshaler reports whether values of t write themselves.
func hasMarshaler(t reflect.Type) bool {
	m := reflect.TypeFor[json.Marshaler]()
	tm := reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
	return t.Implements(m) || t.Implements(tm) || reflect.PointerTo(t).Implements(m) || reflect.PointerTo(t).Implements(tm)
}

// lastFloat is where in the fact's encoding its last number was written:
// a fact's value is most often its low, its high and its base value too,
// and formatting a float is the dearest step of its encoding.
type lastFloat struct {
	bits       uint64
	start, end int // b[start:end] holds its encoding; end 0: none yet
}

// append writes v as appendJSONFloat does, copying the last number's
// bytes when v is that number.
func (l *lastFloat) append(b []byte, v float64) []byte {
	bits := math.Float64bits(v)
	if l.end > 0 && bits == l.bits {
		return append(b, b[l.start:l.end]...)
	}
	l.bits, l.start = bits, len(b)
	b = appendJSONFloat(b, v)
	l.end = len(b)
	return b
}

// maxExactInt bounds the whole numbers appendJSONFloat writes as integers:
// below 2^53 each is a float exactly, and the shortest decimal that reads
// back as it is the integer itself (any decimal of fewer digits is off by
// at least 1), which is what strconv writes.
const maxExactInt = 1 << 53

// appendJSONFloat writes v as encoding/json does (ES6 number form).
func appendJSONFloat(b []byte, v float64) []byte {
	if v == math.Trunc(v) && v > -maxExactInt && v < maxExactInt && (v != 0 || !math.Signbit(v)) {
		return strconv.AppendInt(b, int64(v), 10)
	}
	abs := math.Abs(v)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, v, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// jsonSpecialMask has the top bit set of each of the eight bytes of w
// that needs a look of its own in a JSON string: a control byte, '"',
// '\\', or a byte past ASCII (a character to check). The lowest bit set
// is exactly the first such byte; a borrow can set a bit only above a byte
// that is set itself.
func jsonSpecialMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := w^(ones*'"'), w^(ones*'\\')
	return (w | (w-ones*0x20)&^w | (quote-ones)&^quote | (backslash-ones)&^backslash) & highs
}

// plainShort reports whether every byte of a short string is plain.
func plainShort(s string) bool {
	for i := 0; i < len(s); i++ {
		if !jsonPlain[s[i]] {
			return false
		}
	}
	return true
}

// jsonPlain holds the bytes a JSON string takes as they are.
var jsonPlain = func() (t [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString writes s quoted as encoding/json does with HTML
// escaping off: invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	if len(s) < 8 && plainShort(s) {
		// most short strings (a kind, a bound, a unit, a rule) need no escape
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time through a run that needs no escape, then
		// straight to the first byte that may; the last few bytes are the
		// top of the string's last eight, the bytes before them shifted
		// out (whose borrow may flag a plain byte: it is passed over)
		var m uint64
		switch {
		case i+8 <= len(s):
			m = jsonSpecialMask(binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8)))
			if m == 0 {
				i += 8
				continue
			}
		case len(s) >= 8:
			m = jsonSpecialMask(binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[len(s)-8:]), 8))) >> (8 * (8 - (len(s) - i)))
			if m == 0 {
				i = len(s)
				continue
			}
		default:
			m = 0x80 // a short string, byte by byte
		}
		i += bits.TrailingZeros64(m) >> 3
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
