package source

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// sniffLen is how much of the input the binary and format checks look at.
const sniffLen = 8 << 10

// IsBinary reports whether b looks like binary data rather than text: a NUL
// byte in its first 8 KB, or more than 10% control bytes there, or more than
// 30% control and invalid UTF-8 bytes together (a Latin-1 text has far
// fewer).
func IsBinary(b []byte) bool {
	s := b
	if len(s) > sniffLen {
		s = s[:sniffLen]
	}
	if len(s) == 0 {
		return false
	}
	if bytes.IndexByte(s, 0) >= 0 {
		return true
	}
	control, invalid := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				control++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			if !utf8.FullRune(s[i:]) && len(s) < len(b) {
				break // a character cut by the sample's end
			}
			invalid++
		}
		i += n
	}
	return control*10 > len(s) || (control+invalid)*10 > len(s)*3
}

// sanitize returns b with each invalid UTF-8 byte replaced by '?' and a
// leading byte-order mark by spaces, and the number of invalid bytes. It
// returns b itself when there is nothing to replace.
func sanitize(b []byte) ([]byte, int) {
	bom := bytes.HasPrefix(b, []byte("\xef\xbb\xbf"))
	if !bom && utf8.Valid(b) {
		return b, 0
	}
	out := make([]byte, len(b))
	copy(out, b)
	if bom {
		copy(out, "   ")
	}
	invalid := 0
	for i := 0; i < len(out); {
		if out[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(out[i:])
		if r == utf8.RuneError && n == 1 {
			out[i] = '?'
			invalid++
		}
		i += n
	}
	return out, invalid
}

var (
	// htmlStart matches the start of a page or an HTML fragment.
	htmlStart = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|p|div|section|h[1-6])[\s>]`)
	// htmlTag matches common HTML tags anywhere.
	htmlTag = regexp.MustCompile(`(?i)</?(p|div|span|a|br|body|html|article|main|section|h[1-6]|ul|ol|li|em|strong|b|i|table|tr|td|script|style|meta)(\s[^<>]*)?/?>`)
	// mdStrong matches features only Markdown has: an ATX heading, a
	// fenced code block, an inline link or image, a reference definition,
	// strong emphasis.
	mdStrong = regexp.MustCompile("(?m)^ {0,3}#{1,6}[ \t]+\\S|^ {0,3}(```|~~~)|!?\\[[^\\]\\n]+\\]\\([^)\\s]+(\\s+\"[^\"]*\")?\\)|^ {0,3}\\[[^\\]\\n]+\\]:[ \t]*\\S|\\*\\*[^*\\s][^*\\n]*\\*\\*|__[^_\\s][^_\\n]*__")
)

// Detect tells the format of text (already valid UTF-8) from its content;
// hint, a file name, breaks ties: a .html or .htm file with any HTML tag is
// HTML, a .md or .markdown file is Markdown unless it is an HTML page.
func Detect(text []byte, hint string) Format {
	s := text
	if len(s) > sniffLen {
		s = s[:sniffLen]
	}
	ext := strings.ToLower(filepath.Ext(hint))
	// The expressions are slow next to a byte scan: run each only where
	// the bytes it needs are there, so plain text is told in a glance.
	hasTag := bytes.IndexByte(s, '<') >= 0
	if hasTag && htmlStart.Match(s) {
		return HTML
	}
	tags := 0
	if hasTag {
		tags = len(htmlTag.FindAllIndex(s, 4))
	}
	if (ext == ".html" || ext == ".htm") && tags > 0 {
		return HTML
	}
	if ext == ".md" || ext == ".markdown" {
		return Markdown
	}
	if bytes.ContainsAny(s, "#`~[*_") && mdStrong.Match(s) {
		return Markdown // Markdown may hold some inline HTML; its view blanks tags too
	}
	if tags >= 3 {
		return HTML
	}
	return Text
}
