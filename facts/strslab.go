package facts

import (
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// strSlab is where the extractor writes the strings it builds for facts
// (a subject joined from two phrases, a phrase that reads as no text of
// the window, a sentence's text with its white space folded): one
// allocation per few KB of them instead of one per string.
//
// Bytes once handed out as a string are never written again: the slab
// only grows into its free capacity, and a full slab is left to the
// strings that point into it (like the window's lower-cased copy, which
// subjects point into too). A string is at most a small part of a slab,
// so a fact kept alone keeps little else alive.
type strSlab struct {
	buf []byte
}

// strSlabSize is the size of a slab; strings longer than an eighth of it
// are allocated on their own.
const strSlabSize = 8 << 10

// room returns the slab's buffer with room for n more bytes: the bytes
// appended to it up to n stay the slab's until take hands them out.
// It returns nil for a string too long to share a slab.
func (sl *strSlab) room(n int) []byte {
	if n > strSlabSize/8 {
		return nil
	}
	if cap(sl.buf)-len(sl.buf) < n {
		sl.buf = make([]byte, 0, strSlabSize)
	}
	return sl.buf
}

// take hands out what was appended to b, the buffer room returned, as a
// string, and keeps those bytes from being written again.
func (sl *strSlab) take(b []byte) string {
	n := len(b) - len(sl.buf)
	if n == 0 {
		return ""
	}
	s := unsafe.String(&b[len(sl.buf)], n)
	sl.buf = b
	return s
}

// concat returns a + b + c.
func (sl *strSlab) concat(a, b, c string) string {
	buf := sl.room(len(a) + len(b) + len(c))
	if buf == nil {
		return a + b + c
	}
	return sl.take(append(append(append(buf, a...), b...), c...))
}

// bytes returns b as a string.
func (sl *strSlab) bytes(b []byte) string {
	buf := sl.room(len(b))
	if buf == nil {
		return string(b)
	}
	return sl.take(append(buf, b...))
}

// itoa returns strconv.Itoa(v).
func (sl *strSlab) itoa(v int) string {
	const maxDigits = 20 // of an int64, with its sign
	return sl.take(strconv.AppendInt(sl.room(maxDigits), int64(v), 10))
}

// lower returns strings.ToLower(s): s itself when it has no upper-case
// letter, else a lower-cased copy, written in the slab when s is ASCII.
func (sl *strSlab) lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ToLower(s)
		} else if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	buf := sl.room(len(s))
	if buf == nil {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return sl.take(buf)
}

// foldSpace turns each run of white space into one space and drops it at
// either end (strings.Join(strings.Fields(s), " ")); text with no run to
// fold is returned as it is, without a copy.
func (sl *strSlab) foldSpace(s string) string {
	if !needsFold(s) {
		return s
	}
	buf := sl.room(len(s))
	if buf == nil {
		return strings.Join(strings.Fields(s), " ")
	}
	// The folded text is no longer than s: it fits in the room asked.
	start := len(buf)
	for w := range strings.FieldsSeq(s) {
		if len(buf) > start {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return sl.take(buf)
}
