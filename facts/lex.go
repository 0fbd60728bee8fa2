package facts

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, with inner apostrophes and dotted initials (U.S.)
	tokNum                  // a numeral: digits with grouping and a decimal part
	tokSym                  // a symbol: $ £ € % ° / + ~ < > and the like
	tokPunct                // punctuation: . , ; : ! ? ( ) quotes and dashes
)

// token is one lexical unit. start and end index the original input, so
// every fact can point back at its source bytes whatever normalising the
// token needed.
type token struct {
	// int32: a token indexes the window of one chunk (a few hundred KB at
	// most, tokenize checks), and a 64-byte token fills one cache line.
	start, end int32
	// text is the normalised form: lower-case for words, ASCII digits with
	// no grouping for numerals, the folded character for symbols ("-" for
	// any dash or minus, "%" for ％).
	text string
	// raw is the source text of the token (after NFKC where the token held
	// non-ASCII compatibility characters, so "１２" reads "12").
	raw string
	// For numerals: the value, the number of digits after the point (-1 if
	// none), the number of integer digits, whether groups were written.
	num       float64
	decimals  int16
	intDigits int16
	kind      tokKind
	grouped   bool
	space     bool // white space precedes the token
	newline   bool // a line break precedes the token
	upper     bool // a word that starts with an upper-case letter
	allUpper  bool // a word of two or more letters, all upper case
	class     wordClass
	id        wordID // the number of text in the word lists (vocab.go), 0 if none
}

// lexer turns text into tokens: lexText dispatches on each token's first
// character to lexWord, lexNumber or a symbol, called directly (a loop of
// state functions, as text/template/parse/lex.go has, costs an indirect
// call each way per token).
type lexer struct {
	src     string
	lower   string // src with ASCII letters lower-cased: word texts are slices of it
	pos     int
	start   int
	space   bool
	newline bool
	toks    []token
}

// tokenize splits src[from:to] into tokens; lower is src with ASCII letters
// lower-cased, so that word texts need no allocation.
func tokenize(src, lower string, from, to int, toks []token) []token {
	if to > math.MaxInt32 {
		panic("facts: a text window too large for token offsets")
	}
	l := &lexer{src: src[:to], lower: lower, pos: from, toks: toks[:0]}
	lexText(l)
	return l.toks
}

// lexText reads the window: it skips white space and dispatches on the
// next character.
func lexText(l *lexer) {
	src := l.src
	for l.pos < len(src) {
		c := src[l.pos]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				// A run of plain spaces, in a local.
				pos := l.pos + 1
				for pos < len(src) && src[pos] == ' ' {
					pos++
				}
				l.pos = pos
				l.space = true
				continue
			case isLetter(c):
				// A web address ("http…", "www.…") holds no figure: skip
				// it whole.
				if c == 'h' || c == 'w' {
					if n := urlLength(src[l.pos:]); n > 0 {
						l.pos += n
						l.space = true
						continue
					}
				}
				lexWord(l)
				continue
			case c == '\t' || c == '\r' || c == '\f' || c == '\v':
				l.pos++
				l.space = true
				continue
			case c == '\n':
				l.pos++
				l.space = true
				l.newline = true
				continue
			case isDigit(c):
				lexNumber(l)
				continue
			case c == '.' && l.pos+1 < len(src) && isDigit(src[l.pos+1]) && (l.pos == 0 || !isAlnum(src[l.pos-1])):
				lexNumber(l)
				continue
			default:
				// A symbol of one ASCII byte: its kind and ID from tables,
				// as emitSym would give them.
				l.start = l.pos
				l.pos++
				t := l.token(asciiSymKinds[c], l.src[l.start:l.pos])
				t.id = asciiSymIDs[c]
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(l.src[l.pos:])
		switch {
		case r == utf8.RuneError && size <= 1:
			// Invalid UTF-8: a byte that stands for nothing; skip it as
			// white space so offsets stay honest.
			l.pos++
			l.space = true
		case isSpaceRune(r):
			l.pos += size
			l.space = true
		case digitValue(r) >= 0:
			lexNumber(l)
		case unicode.IsLetter(r):
			lexWord(l)
		default:
			l.start = l.pos
			l.pos += size
			l.emitSym(foldSymbol(r))
		}
	}
}

// lexWord reads letters, inner apostrophes, superscripts (km²) and dotted
// initials (U.S., a.m.); and the words after it while a single space and
// a letter follow each, without going back to lexText: most text is such
// runs of words, and the lexer's state then stays in locals, stored once
// per run.
func lexWord(l *lexer) {
	// In locals: the lexer's fields would be read again after every
	// store through l.
	src, lower, toks := l.src, l.lower, l.toks
	start, space, newline := l.pos, l.space, l.newline
	for {
		// The common word first, in a loop of its own: fewer than eight
		// plain letters, eight bytes readable, room for its token (most
		// words of news). Its key is x cut to its length, so its slot is
		// found without comparing strings; and the loop makes no call
		// (lettersEnd, wordTail, growslice, a long word's compare), which
		// would make Go keep more of the lexer's state on the stack. Any
		// other word leaves for the loop's general path below. (Words of
		// eight to fifteen letters read here too cost more than they
		// saved: the loop's registers spill again.)
		for start+8 <= len(src) && len(toks) < cap(toks) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			// y is the source's eight bytes from start (read through
			// the pointer: start+8 <= len(src) was checked), x them
			// with 0x20 set.
			p := unsafe.Add(unsafe.Pointer(unsafe.StringData(src)), start)
			y := load8(p)
			x := y | 0x20*ones
			low := x &^ highs
			geA := (low + (0x80-'a')*ones) & highs
			gtZ := (low + (0x80-'z'-1)*ones) & highs
			other := (^geA | gtZ | x) & highs
			if other == 0 {
				break // eight letters or more
			}
			n := bits.TrailingZeros64(other) / 8
			pos := start + n
			next := byte(y >> (8 * n)) // src[pos]
			if wordGoesOn[next] {
				break // an apostrophe, a dot, a byte outside ASCII
			}
			// The word's bytes are letters: bit 0x20 of each tells a
			// lower-case one.
			mask := uint64(1)<<(8*n) - 1
			raw := stringAt(p, n)
			text := stringAt(unsafe.Add(unsafe.Pointer(unsafe.StringData(lower)), start), n)
			k := len(toks)
			toks = toks[:k+1]
			t := &toks[k]
			t.kind, t.start, t.end, t.raw, t.text = tokWord, int32(start), int32(pos), raw, text
			t.space, t.newline, t.decimals = space, newline, -1
			t.num, t.intDigits, t.grouped, t.class, t.id = 0, 0, false, 0, 0
			// x's low byte is text[0] (see below for the key and probe).
			if wordClassShapes[byte(x)]&(1<<n) != 0 {
				key := x & mask
				ct := &wordClassTable
				if h := classHash(key, n); ct.seen[h>>(32-seenBits)/64]&(1<<(h>>(32-seenBits)%64)) != 0 {
					for i := h & ct.mask; ; i = (i + 1) & ct.mask {
						sl := &ct.slots[i]
						if sl.n == 0 {
							break
						}
						if int(sl.n) == n && sl.key == key {
							t.class, t.id = sl.class, sl.id
							break
						}
					}
				}
			}
			// Upper case: the first letter's 0x20 clear; all upper: every
			// letter's, in a word of two or more.
			upper := y&0x20 == 0
			t.upper, t.allUpper = upper, n >= 2 && y&mask&(0x20*ones) == 0
			if next == ' ' && pos+1 < len(src) && isLetter(src[pos+1]) &&
				!((src[pos+1] == 'h' || src[pos+1] == 'w') && maybeURL(src, pos+1)) {
				start, space, newline = pos+1, true, false
				continue
			}
			l.start, l.pos, l.toks, l.space, l.newline = start, pos, toks, false, false
			return
		}
		// lettersEnd's first eight bytes written out here: they hold the
		// whole of most words, and the call costs as much as reading them.
		var pos int
		var x uint64 // the first eight bytes with 0x20 set: the word's first eight lower-cased
		if start+8 <= len(src) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			x = load8(unsafe.Add(unsafe.Pointer(unsafe.StringData(src)), start)) | 0x20*ones
			low := x &^ highs
			geA := (low + (0x80-'a')*ones) & highs
			gtZ := (low + (0x80-'z'-1)*ones) & highs
			if other := (^geA | gtZ | x) & highs; other != 0 {
				pos = start + bits.TrailingZeros64(other)/8
			} else {
				pos = lettersEnd(src, start+8)
			}
		} else {
			pos = lettersEnd(src, start)
		}
		// Past the letters, only an apostrophe, a dot or a byte outside ASCII
		// can carry the word on.
		if pos < len(src) && wordGoesOn[src[pos]] {
			ascii := true
			if pos, ascii = wordTail(src, start, pos); !ascii {
				l.toks, l.space, l.newline = toks, space, newline
				lexUnicodeWord(l, start, pos)
				return
			}
		}
		// An ASCII word, the common case: its own function body keeps the
		// frame small (no rune decoding, no NFKC). Its text is the
		// lower-cased source at the same offsets.
		// start < pos <= len(src) == len(lower) here (a word holds a
		// letter): the slices are cut without the checks of src[start:pos].
		n := pos - start
		raw := stringAt(unsafe.Add(unsafe.Pointer(unsafe.StringData(src)), start), n)
		text := stringAt(unsafe.Add(unsafe.Pointer(unsafe.StringData(lower)), start), n)
		// The token is filled in place (see token), here without a call.
		k := len(toks)
		if k < cap(toks) {
			toks = toks[:k+1]
		} else {
			toks = append(toks, token{})
		}
		t := &toks[k]
		t.kind, t.start, t.end, t.raw, t.text = tokWord, int32(start), int32(pos), raw, text
		t.space, t.newline, t.decimals = space, newline, -1
		t.num, t.intDigits, t.grouped, t.class, t.id = 0, 0, false, 0, 0
		if wordClassShapes[text[0]]&(1<<min(len(text), 63)) != 0 {
			// The key of the class table (wordKey): the lower-cased source,
			// read eight bytes at once.
			// An ASCII word's bytes are letters, apostrophes and dots, which
			// 0x20 set lower-cases or leaves alone: x is its key's bytes.
			var key uint64
			if start+8 <= len(src) {
				key = x
				if len(text) < 8 {
					key &= 1<<(8*len(text)) - 1
				}
			} else {
				key = wordKey(text)
			}
			// lookupKey, its seen filter written out here: most words stop
			// at it, and lookupKey is too large to inline.
			ct := &wordClassTable
			if h := classHash(key, len(text)); ct.seen[h>>(32-seenBits)/64]&(1<<(h>>(32-seenBits)%64)) != 0 {
				sl := ct.probe(text, key, h)
				t.class, t.id = sl.class, sl.id
			}
		}
		upper := raw[0] >= 'A' && raw[0] <= 'Z'
		allUpper := false
		if upper && len(raw) >= 2 {
			allUpper = true
			for i := 1; i < len(raw); i++ {
				if raw[i] >= 'a' && raw[i] <= 'z' {
					allUpper = false
					break
				}
			}
		}
		t.upper, t.allUpper = upper, allUpper
		// One space and a letter: the next word, as lexText would read it
		// (unless it may be a web address, which lexText skips).
		if pos+1 < len(src) && src[pos] == ' ' && isLetter(src[pos+1]) &&
			!((src[pos+1] == 'h' || src[pos+1] == 'w') && maybeURL(src, pos+1)) {
			start, space, newline = pos+1, true, false
			continue
		}
		l.start, l.pos, l.toks, l.space, l.newline = start, pos, toks, false, false
		return
	}
}

// maybeURL reports whether src[i:] may start a web address: urlLength
// needs "http" or "www." first.
func maybeURL(src string, i int) bool {
	if i+4 > len(src) {
		return false
	}
	if src[i] == 'h' {
		return src[i+1] == 't' && src[i+2] == 't' && src[i+3] == 'p'
	}
	return src[i] == 'w' && src[i+1] == 'w' && src[i+2] == 'w' && src[i+3] == '.'
}

// lexUnicodeWord adds the word src[start:pos] that holds letters outside
// ASCII: its raw form in NFKC, its text lower-cased by rune.
func lexUnicodeWord(l *lexer, start, pos int) {
	l.start, l.pos = start, pos
	raw := l.src[start:pos]
	// NFKC only where it changes something (most accented words are
	// already in that form); a curly apostrophe becomes a straight one.
	if !norm.NFKC.IsNormalString(raw) {
		raw = norm.NFKC.String(raw)
	}
	if strings.Contains(raw, "’") {
		raw = strings.ReplaceAll(raw, "’", "'")
	}
	t := l.newToken()
	t.kind, t.start, t.end, t.raw = tokWord, int32(start), int32(pos), raw
	t.space, t.newline, t.decimals = l.space, l.newline, -1
	t.num, t.intDigits, t.grouped, t.upper, t.allUpper, t.class, t.id = 0, 0, false, false, false, 0, 0
	l.space, l.newline = false, false
	text := strings.ToLower(raw)
	t.text = text
	if text != "" && wordClassShapes[text[0]]&(1<<min(len(text), 63)) != 0 {
		sl := wordClassTable.lookupKey(text, wordKey(text))
		t.class, t.id = sl.class, sl.id
	}
	if raw == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(raw)
	t.upper = unicode.IsUpper(r)
	if t.upper && len(raw) >= 2 {
		t.allUpper = true
		for _, r := range raw {
			if unicode.IsLower(r) {
				t.allUpper = false
				break
			}
		}
	}
}

// wordTail reads on past the plain letters src[start:pos] of a word:
// letters, inner apostrophes ("o'clock", "Ukraine's"), dotted initials
// ("U.S.", "a.m."), letters and marks outside ASCII. It returns the word's
// end and whether it is all ASCII.
func wordTail(src string, start, pos int) (int, bool) {
	ascii := true
	for pos < len(src) {
		c := src[pos]
		if c < utf8.RuneSelf {
			if isLetter(c) {
				pos++
				continue
			}
			// Inner apostrophe: "o'clock", "Ukraine's".
			if c == '\'' && pos+1 < len(src) && isLetter(src[pos+1]) {
				pos++
				continue
			}
			// Dotted initials: a single letter, a dot, a letter: "U.S.", "a.m.".
			if c == '.' && pos+1 < len(src) && isLetter(src[pos+1]) && pos-start >= 1 &&
				(pos-start == 1 || src[pos-2] == '.') &&
				(pos+2 >= len(src) || src[pos+2] == '.' || !isLetter(src[pos+2])) {
				pos++
				continue
			}
			if c == '.' && pos-start >= 3 && src[pos-2] == '.' {
				// The closing dot of "U.S." belongs to the word.
				pos++
			}
			break
		}
		r, size := utf8.DecodeRuneInString(src[pos:])
		if unicode.IsLetter(r) || r == '²' || r == '³' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			ascii = false
			pos += size
			continue
		}
		if r == '’' && pos+size < len(src) && isLetter(src[pos+size]) {
			ascii = false
			pos += size
			continue
		}
		break
	}
	return pos, ascii
}

// lexNumber reads a numeral: digits in any script, thousands groups written
// with commas or with (no-break, narrow or plain) spaces, a decimal part.
func lexNumber(l *lexer) {
	if lexPlainNumber(l) {
		return
	}
	l.start = l.pos
	var digits []byte
	var buf [32]byte
	digits = buf[:0]
	intDigits := 0
	grouped := false
	decimals := -1
	// readDigits appends a run of digits and reports how many it read.
	readDigits := func() int {
		n := 0
		for l.pos < len(l.src) {
			c := l.src[l.pos]
			if isDigit(c) {
				digits = append(digits, c)
				l.pos++
				n++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(l.src[l.pos:])
			d := digitValue(r)
			if d < 0 {
				break
			}
			digits = append(digits, byte('0'+d))
			l.pos += size
			n++
		}
		return n
	}
	if l.src[l.pos] != '.' {
		intDigits = readDigits()
	}
	// Indian grouping: 12,34,567 — pairs of digits before the last three.
	if intDigits > 0 && intDigits <= 2 {
		if n := indianGroups(l.src[l.pos:]); n > 0 {
			for i := 0; i < n; i++ {
				if c := l.src[l.pos+i]; c != ',' {
					digits = append(digits, c)
					intDigits++
				}
			}
			l.pos += n
			grouped = true
		}
	}
	// Thousands groups: ",ddd" or " ddd" (any space) followed by a
	// non-digit, after a first group of one to three digits.
	firstSep := ""
	for intDigits > 0 && (grouped || intDigits <= 3) && l.pos < len(l.src) {
		sepLen, _ := groupSeparator(l.src[l.pos:])
		if sepLen == 0 || countDigitsAt(l.src, l.pos+sepLen) != 3 {
			break
		}
		// One number keeps one separator: in "93,943 220,416" (two
		// table cells) the space after a comma group starts the next.
		if sep := l.src[l.pos : l.pos+sepLen]; firstSep == "" {
			firstSep = sep
		} else if sep != firstSep {
			break
		}
		l.pos += sepLen
		readDigits()
		intDigits += 3
		grouped = true
	}
	// A decimal comma before a percent sign: "29,71%", "7,5%" (European
	// writing). One or two digits after a comma are never a thousands
	// group, and a percent sign rules out a list ("3,4 and 5").
	if !grouped && intDigits > 0 && decimalCommaPercent(l.src[l.pos:]) {
		digits = append(digits, '.')
		l.pos++
		decimals = readDigits()
	}
	// A decimal part: ".d" (but not a sentence-ending dot); the point may
	// be full-width.
	if dot := decimalPoint(l.src[l.pos:]); decimals < 0 && dot > 0 && l.pos+dot < len(l.src) {
		if r, _ := utf8.DecodeRuneInString(l.src[l.pos+dot:]); digitValue(r) >= 0 {
			digits = append(digits, '.')
			l.pos += dot
			decimals = readDigits()
		}
	}
	// An exponent: "1e10", "12.32e+14", "-12e-1".
	if n := exponentLength(l.src[l.pos:]); n > 0 && intDigits+max(decimals, 0) > 0 {
		digits = append(digits, l.src[l.pos:l.pos+n]...)
		l.pos += n
		decimals = max(decimals, 0) // no longer a plain whole number
	}
	raw := l.src[l.start:l.pos]
	t := l.token(tokNum, raw)
	if string(digits) == raw {
		t.text = raw // plain digits: no copy (the comparison allocates nothing)
	} else {
		t.text = string(digits)
	}
	if decimals < 0 && len(digits) > 0 && len(digits) <= 15 {
		// A whole number of up to 15 digits (no point, no exponent: either
		// makes decimals 0 or more) is below 2^53, so its float is exact and
		// ParseFloat's, at a fraction of the cost.
		var u uint64
		for _, d := range digits {
			u = u*10 + uint64(d-'0')
		}
		t.num = float64(u)
	} else {
		t.num, _ = strconv.ParseFloat(t.text, 64)
	}
	if len(digits) > 0 && digits[0] == '.' {
		t.text = "0" + t.text
		t.num, _ = strconv.ParseFloat(t.text, 64)
	}
	t.decimals = int16(min(decimals, 1000))
	t.intDigits = int16(min(intDigits, 1000))
	t.grouped = grouped
	t.id = idOf(t.text)
}

// lexPlainNumber reads a numeral of ASCII digits alone, the common case,
// and reports whether it did: what follows the digits can carry the number
// on only as a comma, a dot, an exponent, a byte outside ASCII (a digit of
// another script, a full-width point, a no-break space) or a space before a
// group of three digits, and lexNumber reads those.
func lexPlainNumber(l *lexer) bool {
	src, start := l.src, l.pos
	e := start
	for e < len(src) && isDigit(src[e]) {
		e++
	}
	n := e - start
	if n == 0 || n > 15 {
		return false
	}
	if e < len(src) {
		switch c := src[e]; {
		case c == ',' || c == '.' || c == 'e' || c == 'E' || c >= utf8.RuneSelf:
			return false
		case c == ' ' && n <= 3 && countDigitsAt(src, e+1) == 3:
			return false
		}
	}
	l.start, l.pos = start, e
	raw := src[start:e]
	t := l.token(tokNum, raw)
	// Up to 15 digits: below 2^53, so the float is exact (as lexNumber's).
	var u uint64
	for i := 0; i < len(raw); i++ {
		u = u*10 + uint64(raw[i]-'0')
	}
	t.num = float64(u)
	t.intDigits = int16(n)
	t.id = idOf(raw)
	return true
}

// decimalCommaPercent reports whether s starts with a comma, one or two
// digits and a percent sign: a decimal comma.
func decimalCommaPercent(s string) bool {
	if len(s) < 3 || s[0] != ',' {
		return false
	}
	n := countDigitsAt(s, 1)
	return (n == 1 || n == 2) && 1+n < len(s) && s[1+n] == '%'
}

// indianGroups reports the length of ",dd,dd…,ddd" at the start of s (one
// or more pairs, then a group of three not followed by a digit), or 0.
func indianGroups(s string) int {
	i, pairs := 0, 0
	for i+3 <= len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || s[i+3] == ',') {
		i += 3
		pairs++
	}
	if pairs == 0 || i+4 > len(s) || s[i] != ',' || countDigitsAt(s, i+1) != 3 {
		return 0
	}
	return i + 4
}

// urlLength reports the length of a web address at the start of s
// ("http://…", "https://…", "www.…"), up to the next white space; 0 if none.
func urlLength(s string) int {
	if !(strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) {
		return 0
	}
	n := 0
	for n < len(s) && s[n] != ' ' && s[n] != '\n' && s[n] != '\t' && s[n] != '\r' {
		n++
	}
	return n
}

// groupSeparator reports the byte length of a thousands separator at the
// start of s (a comma, a plain space, or a no-break / narrow / thin space),
// and whether it is a plain space, which groups only short leading runs.
func groupSeparator(s string) (n int, plainSpace bool) {
	if s == "" {
		return 0, false
	}
	switch s[0] {
	case ',':
		return 1, false
	case ' ':
		return 1, true
	}
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '\u00a0', '\u202f', '\u2009', '\u2007':
		return size, false
	}
	return 0, false
}

// exponentLength reports the length of "e10", "E+14", "e-1" at the start of
// s when a digit ends it and no letter follows, or 0.
func exponentLength(s string) int {
	if len(s) < 2 || s[0] != 'e' && s[0] != 'E' {
		return 0
	}
	i := 1
	if s[i] == '+' || s[i] == '-' {
		i++
	}
	n := countDigitsAt(s, i)
	if n == 0 || n > 2 || i+n < len(s) && (isLetter(s[i+n]) || s[i+n] == '.' && i+n+1 < len(s) && isDigit(s[i+n+1])) {
		return 0
	}
	return i + n
}

// decimalPoint reports the byte length of a decimal point at the start of
// s: "." or the full-width "．".
func decimalPoint(s string) int {
	if strings.HasPrefix(s, ".") {
		return 1
	}
	if strings.HasPrefix(s, "．") {
		return len("．")
	}
	return 0
}

// countDigitsAt counts the ASCII digits of the run that starts at i.
func countDigitsAt(s string, i int) int {
	n := 0
	for i < len(s) && isDigit(s[i]) {
		n++
		i++
	}
	return n
}

// token adds a token of src[l.start:l.pos] to l.toks and returns it, with
// raw as its written form and text; the caller sets the rest. The token is
// filled in place, field by field: a copy of it would cost as much as
// reading it, and a whole-struct store of a reused slot goes through the
// collector's bulk write barrier.
func (l *lexer) token(kind tokKind, raw string) *token {
	t := l.newToken()
	t.kind, t.start, t.end, t.raw, t.text = kind, int32(l.start), int32(l.pos), raw, raw
	t.space, t.newline, t.decimals = l.space, l.newline, -1
	t.num, t.intDigits, t.grouped, t.upper, t.allUpper, t.class, t.id = 0, 0, false, false, false, 0, 0
	l.space, l.newline = false, false
	return t
}

func (l *lexer) emitSym(text string) {
	t := l.token(symKind(text), l.src[l.start:l.pos])
	t.text = text
	t.id = idOf(text)
}

// symKind tells punctuation from other symbols.
func symKind(text string) tokKind {
	switch text {
	case ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "'", "-", "–", "—", "…":
		return tokPunct
	}
	return tokSym
}

// foldSymbol normalises a non-ASCII symbol: dashes and the minus sign fold to
// "-" (en dash keeps "–" so ranges can be told from hyphens), curly quotes to
// ASCII, compatibility forms (％ ＄ ½) through NFKC.
func foldSymbol(r rune) string {
	switch r {
	case '\u2212', '\u2010', '\u2011', '\u2012', '\ufe63', '\uff0d':
		return "-"
	case '\u2013':
		return "–"
	case '\u2014', '\u2015':
		return "—"
	case '‘', '’', '‚', '′':
		return "'"
	case '“', '”', '„', '″', '«', '»':
		return "\""
	case '\u2044', '\u2215':
		return "/"
	}
	if f, ok := vulgarFractions[r]; ok {
		return f
	}
	return norm.NFKC.String(string(r))
}

// vulgarFractions are the single-character fractions; they lex as symbols
// whose text is the fraction's value written out, read by the number parser.
var vulgarFractions = map[rune]string{
	'½': "½", '⅓': "⅓", '⅔': "⅔", '¼': "¼", '¾': "¾", '⅕': "⅕", '⅖': "⅖", '⅗': "⅗",
	'⅘': "⅘", '⅙': "⅙", '⅚': "⅚", '⅛': "⅛", '⅜': "⅜", '⅝': "⅝", '⅞': "⅞",
}

var vulgarValues = map[string]float64{
	"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
	"⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
	"⅞": 0.875,
}

func isSpaceRune(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\u200a', '\u2002', '\u2003', '\u2004',
		'\u2005', '\u2006', '\u2008', '\u3000', '\u200b', '\ufeff', '\u2028', '\u2029', '\u0085':
		return true
	}
	return unicode.IsSpace(r)
}

// digitValue returns the value of a decimal digit in any script (full-width,
// Arabic-Indic…), or -1.
func digitValue(r rune) int {
	if r < utf8.RuneSelf {
		// ASCII, the common case (the digit after a decimal point): NFKC
		// leaves it as it is, and its string would be allocated.
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	s := norm.NFKC.String(string(r))
	if len(s) == 1 && isDigit(s[0]) {
		return int(s[0] - '0')
	}
	switch {
	case r >= 0x660 && r <= 0x669:
		return int(r - 0x660)
	case r >= 0x6f0 && r <= 0x6f9:
		return int(r - 0x6f0)
	case r >= 0x966 && r <= 0x96f:
		return int(r - 0x966)
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lettersEnd returns the end of the run of ASCII letters that starts at pos
// (pos itself if there is none). It reads eight bytes at a time while
// eight remain: a word's letters and the byte after them are mostly found
// in one load, where a loop over bytes takes some ten instructions a letter.
func lettersEnd(src string, pos int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for pos+8 <= len(src) {
		x := load64(src[pos:]) | 0x20*ones       // 'A'..'Z' folded onto 'a'..'z'
		low := x &^ highs                        // each byte's low seven bits
		geA := (low + (0x80-'a')*ones) & highs   // low >= 'a'
		gtZ := (low + (0x80-'z'-1)*ones) & highs // low > 'z'
		// A bit per byte that is no letter: below 'a', above 'z', or
		// outside ASCII (a byte of 0x80 and above).
		if other := (^geA | gtZ | x) & highs; other != 0 {
			return pos + bits.TrailingZeros64(other)/8
		}
		pos += 8
	}
	for pos < len(src) && isLetter(src[pos]) {
		pos++
	}
	return pos
}

// isLetter reports an ASCII letter: c|0x20 folds 'A'..'Z' onto 'a'..'z' and
// moves no other byte into that range.
func isLetter(c byte) bool { return (c|0x20)-'a' < 26 }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// wordClassShapes has, for each first byte, a bit per length (63 for any
// longer) of the words of wordClasses and vocab: most words are told apart
// from all of them without hashing.
var wordClassShapes [256]uint64

// wordClassTable holds the classes (wordClasses) and IDs (vocab) of words in
// an open-addressing table hashed on a word's length and three of its
// bytes: the lexer looks up most words, and this costs a fraction of a map
// lookup, which hashes every byte.
var wordClassTable classTable

// The table is built once every word list, and so every word set of
// vocab.go, is ready: package variables are all set before init runs.
func init() {
	words := make(map[string]classSlot, len(wordClasses)+len(vocab.words))
	for w, c := range wordClasses {
		words[w] = classSlot{class: c}
	}
	for id, w := range vocab.words[1:] {
		sl := words[w]
		sl.id = wordID(id + 1)
		words[w] = sl
	}
	for w := range words {
		wordClassShapes[w[0]] |= 1 << min(len(w), 63)
	}
	wordClassTable = newClassTable(words)
	for c := range utf8.RuneSelf {
		text := string(rune(c))
		asciiSymKinds[c], asciiSymIDs[c] = symKind(text), idOf(text)
	}
}

// wordGoesOn holds the bytes after a word's plain letters that may carry
// it on (wordTail): an apostrophe, a dot, a byte outside ASCII.
var wordGoesOn = func() (t [256]bool) {
	t['\''], t['.'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// asciiSymKinds and asciiSymIDs are the kind and ID emitSym gives a symbol
// of one ASCII byte, by byte.
var (
	asciiSymKinds [utf8.RuneSelf]tokKind
	asciiSymIDs   [utf8.RuneSelf]wordID
)

type classTable struct {
	slots []classSlot
	words []string // per slot, for words longer than eight bytes
	mask  uint32
	// seen has a bit per value of a hash's top bits, set for the words
	// of the table: most words of a text are in no list, and this 4 KB
	// stays in the nearest cache where the slots do not.
	seen [1 << seenBits / 64]uint64
}

// seenBits is the number of hash bits seen is indexed by.
const seenBits = 15

// classSlot holds a word's first eight bytes packed little-endian
// (wordKey), its length (0: an empty slot) and its classes: most words are
// told from a slot's word by these alone, without reading its bytes.
type classSlot struct {
	key   uint64
	n     uint8
	class wordClass
	id    wordID
}

// noWord is the slot of a word in no list.
var noWord classSlot

func newClassTable(m map[string]classSlot) classTable {
	size := 16
	for size < 2*len(m) {
		// Half empty or more, so that most probes stop at the first
		// slot, and no larger: most misses stop at seen.
		size *= 2
	}
	ct := classTable{slots: make([]classSlot, size), words: make([]string, size), mask: uint32(size - 1)}
	for w, c := range m {
		if w == "" || len(w) > 255 {
			continue // no word token is empty; no listed word is that long
		}
		key := wordKey(w)
		h := classHash(key, len(w))
		ct.seen[h>>(32-seenBits)/64] |= 1 << (h >> (32 - seenBits) % 64)
		i := h & ct.mask
		for ct.slots[i].n != 0 {
			i = (i + 1) & ct.mask
		}
		c.key, c.n = key, uint8(len(w))
		ct.slots[i], ct.words[i] = c, w
	}
	return ct
}

// load8 reads the eight bytes at p little-endian, as one load; the caller
// knows them inside the string p points into.
func load8(p unsafe.Pointer) uint64 {
	b := (*[8]byte)(p)
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// stringAt is the string of the n bytes at p, which the caller knows to lie
// inside a string (unsafe.String's checks of n are not needed).
func stringAt(p unsafe.Pointer, n int) string {
	return *(*string)(unsafe.Pointer(&struct {
		p unsafe.Pointer
		n int
	}{p, n}))
}

// load64 reads the first eight bytes of s little-endian, as one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// wordKey packs the first eight bytes of w (fewer for a shorter word). A
// shorter word is read as two loads that overlap, from its start and to
// its end: the bytes they share are the same, so or-ing them is exact, and
// this costs a few instructions where a loop over the bytes cost two per
// byte (idOf asks it for every word of a subject).
func wordKey(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return load64(w)
	case n >= 4:
		return uint64(load32(w)) | uint64(load32(w[n-4:]))<<(8*(n-4))
	case n >= 2:
		return uint64(load16(w)) | uint64(load16(w[n-2:]))<<(8*(n-2))
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// load32 reads the first four bytes of s little-endian, as one load.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load16 reads the first two bytes of s little-endian.
func load16(s string) uint16 {
	_ = s[1]
	return uint16(s[0]) | uint16(s[1])<<8
}

// classHash mixes a word's key and length.
func classHash(key uint64, n int) uint32 {
	h := (key ^ uint64(n)<<59) * 0x9e3779b97f4a7c15
	return uint32(h >> 32)
}

// lookup returns the classes of a non-empty word, as wordClasses[w].
func (ct *classTable) lookup(w string) wordClass { return ct.lookupKey(w, wordKey(w)).class }

// lookupKey returns the slot of a non-empty word whose key is known: its
// classes and ID, both zero for a word in no list.
func (ct *classTable) lookupKey(w string, key uint64) *classSlot {
	h := classHash(key, len(w))
	if ct.seen[h>>(32-seenBits)/64]&(1<<(h>>(32-seenBits)%64)) == 0 {
		return &noWord
	}
	return ct.probe(w, key, h)
}

// probe finds the slot of a word whose hash h passed the seen filter
// (lexWord asks the filter itself).
func (ct *classTable) probe(w string, key uint64, h uint32) *classSlot {
	for i := h & ct.mask; ; i = (i + 1) & ct.mask {
		sl := &ct.slots[i]
		if sl.n == 0 {
			return &noWord
		}
		if int(sl.n) == len(w) && sl.key == key && (len(w) <= 8 || ct.words[i] == w) {
			return sl
		}
	}
}

// idOf returns the wordID of a token's text (0 for none).
func idOf(text string) wordID {
	if text == "" || wordClassShapes[text[0]]&(1<<min(len(text), 63)) == 0 {
		return 0
	}
	return wordClassTable.lookupKey(text, wordKey(text)).id
}

// lowerASCIIAll lower-cases the ASCII letters of s and leaves every other
// byte alone, so that the result has the same length and offsets.
func lowerASCIIAll(s string) string {
	if s == "" {
		return ""
	}
	b := []byte(s)
	// Eight bytes at a time: a byte of 'A'..'Z' gets 0x20 added, found
	// with carries that stay inside each byte (bytes of 0x80 and above,
	// UTF-8 sequences, are left alone).
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	// Each word is read and stored whole through a pointer, without
	// bounds checks, and stored back changed or not (a branch on it costs
	// more than the store). The arithmetic is byte by byte, so the byte
	// order is of no matter, and b's words are aligned (a new array, read
	// from its start in steps of eight).
	p := unsafe.Pointer(&b[0])
	for ; i+16 <= len(b); i += 16 {
		q, r := (*uint64)(unsafe.Add(p, i)), (*uint64)(unsafe.Add(p, i+8))
		x, y := *q, *r
		lx, ly := x&^highs, y&^highs
		*q = x | ((lx+(0x80-'A')*ones)&^(lx+(0x80-'Z'-1)*ones)&highs&^x)>>2
		*r = y | ((ly+(0x80-'A')*ones)&^(ly+(0x80-'Z'-1)*ones)&highs&^y)>>2
	}
	for ; i+8 <= len(b); i += 8 {
		q := (*uint64)(unsafe.Add(p, i))
		x := *q
		low := x &^ highs                        // each byte's low seven bits
		geA := (low + (0x80-'A')*ones) & highs   // low >= 'A'
		gtZ := (low + (0x80-'Z'-1)*ones) & highs // low > 'Z'
		*q = x | (geA&^gtZ&^x)>>2                // 0x20 added to each byte of 'A'..'Z' (below 0x80)
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// b is never written again: share it as a string rather than copy it.
	return unsafe.String(&b[0], len(b))
}

// newToken grows the token slice by one, reusing its spare capacity, and
// returns the new token to be filled in place.
func (l *lexer) newToken() *token {
	n := len(l.toks)
	if n < cap(l.toks) {
		l.toks = l.toks[:n+1]
	} else {
		l.toks = append(l.toks, token{})
	}
	return &l.toks[n]
}
