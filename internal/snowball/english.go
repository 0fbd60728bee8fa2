// Package snowball is the English Snowball (Porter2) stemmer of
// github.com/kljensen/snowball/english, rewritten on bytes for the words
// the comparer stems. That package converts every suffix of
// every step's list to a slice of runes for each word it tests (some 70
// conversions a word, about 13,000 instructions); here the word is a byte
// slice on the stack and the suffixes are compared as strings. The steps,
// their order, their lists (first match wins, as there) and their quirks
// are those of kljensen/snowball v0.10.0, whose MIT licence is in
// SNOWBALL-LICENSE; a word with runes outside ASCII is read with each
// such rune as one byte (wide), and a long one goes to that package
// itself. TestEnglish checks the two against each other.
package snowball

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// maxWord is the longest word stemmed here (on the stack); longer ones go
// to english.Stem.
const maxWord = 48

// English is english.Stem(word, false): the stem of an English word, stop
// words left as they are.
func English(word string) string {
	for i := 0; i < len(word); i++ {
		if word[i] >= 0x80 {
			return wide(word)
		}
	}
	word = strings.ToLower(strings.TrimSpace(word)) // ASCII: no copy when already so
	if len(word) <= 2 || english.IsStopWord(word) {
		return word
	}
	if s := specialWord(word); s != "" {
		return s
	}
	if len(word) > maxWord {
		return english.Stem(word, false)
	}
	var w stemWord
	w.n = copy(w.b[:], word)
	w.stem()
	if s := w.rs(); string(s) != word {
		return string(s)
	}
	return word
}

// wide is English of a word with a byte outside ASCII ("£120m",
// "Ukraine’s", "naïve": some 200 of the words of 1,000 reports, which
// english.Stem read at some 12,000 instructions each). english.Stem reads
// the word as runes: each rune outside ASCII is one byte here
// (placeholder, the rune kept aside), or "'" for the apostrophes its
// preprocess makes plain; no step reads such a rune as a letter (it is
// no vowel, and no suffix holds it), so none is cut or changed, and the
// stem gives them back in order. Its length, stop words and special
// words are checked, as there, on the word as written.
func wide(word string) string {
	word = strings.ToLower(strings.TrimSpace(word))
	if len(word) <= 2 || english.IsStopWord(word) {
		return word
	}
	if s := specialWord(word); s != "" {
		return s
	}
	var w stemWord
	var runes [maxWord]rune // the runes placeholder stands for, in order
	n := 0
	for _, r := range word { // a byte of no rune reads as utf8.RuneError, as in []rune(word)
		if w.n == maxWord {
			return english.Stem(word, false)
		}
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u201b':
			w.b[w.n] = '\''
		case r < utf8.RuneSelf:
			w.b[w.n] = byte(r)
		default:
			w.b[w.n] = placeholder
			runes[n] = r
			n++
		}
		w.n++
	}
	w.stem()
	out := make([]byte, 0, w.n+(utf8.UTFMax-1)*n)
	n = 0
	for _, c := range w.rs() {
		if c == placeholder {
			out = utf8.AppendRune(out, runes[n])
			n++
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// placeholder stands in a stemWord for a rune outside ASCII (wide): a
// byte no ASCII text holds.
const placeholder = 0x80

// stemWord is snowballword.SnowballWord on bytes: the word (its first n
// bytes of b: an array, not a slice that appends could grow, so that it
// stays on the stack) and where its regions R1 and R2 begin.
type stemWord struct {
	b         [maxWord]byte
	n, r1, r2 int
}

// rs is the word.
func (w *stemWord) rs() []byte { return w.b[:w.n] }

func (w *stemWord) stem() {
	w.preprocess()
	w.step0()
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	rs := w.rs()
	for i, c := range rs { // postprocess: the Ys capitalized back
		if c == 'Y' {
			rs[i] = 'y'
		}
	}
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// clamp keeps R1 and R2 within the word (resetR1R2).
func (w *stemWord) clamp() {
	w.r1, w.r2 = min(w.r1, w.n), min(w.r2, w.n)
}

// cut removes the last n bytes (RemoveLastNRunes).
func (w *stemWord) cut(n int) {
	w.n -= n
	w.clamp()
}

// replace puts repl in place of the last n bytes (ReplaceSuffixRunes,
// forced). The word never grows past b: no step's replacement is longer
// than what it replaces, but for the "e" step1b adds after cutting two
// bytes or more.
func (w *stemWord) replace(n int, repl string) {
	w.n -= n
	w.n += copy(w.b[w.n:], repl)
	w.clamp()
}

// first is the first of suffixes the word ends with, "" if none
// (FirstSuffix). The last bytes are compared first: most suffixes of a
// list differ from the word's there, and are then passed without a call.
func (w *stemWord) first(suffixes ...string) string {
	if w.n == 0 {
		return ""
	}
	last := w.b[w.n-1]
	for _, s := range suffixes {
		if len(s) <= w.n && s[len(s)-1] == last && string(w.b[w.n-len(s):w.n]) == s {
			return s
		}
	}
	return ""
}

func (w *stemWord) preprocess() {
	// normalizeApostrophes changes only runes outside ASCII: none here.
	// trimLeftApostrophes: as there, a word of apostrophes only keeps its
	// last (the index the loop stops at)
	n := 0
	for n = range w.rs() {
		if w.b[n] != '\'' {
			break
		}
	}
	if n > 0 {
		w.n = copy(w.b[:], w.b[n:w.n])
	}
	rs := w.rs()
	for i, c := range rs { // capitalizeYs
		if c == 'y' && (i == 0 || isVowel(rs[i-1])) {
			rs[i] = 'Y'
		}
	}
	// r1r2
	switch {
	case hasPrefix(rs, "gener"):
		w.r1 = 5
	case hasPrefix(rs, "commun"):
		w.r1 = 6
	case hasPrefix(rs, "arsen"):
		w.r1 = 5
	default:
		w.r1 = w.vnv(0)
	}
	w.r2 = w.vnv(w.r1)
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// vnv is the region after the first non-vowel following a vowel, from
// start on (romance.VnvSuffix).
func (w *stemWord) vnv(start int) int {
	rs := w.rs()
	for j := start + 1; j < len(rs); j++ {
		if isVowel(rs[j-1]) && !isVowel(rs[j]) {
			return j + 1
		}
	}
	return len(rs)
}

// endsShortSyllable reports whether w.rs[:i] ends in a short syllable.
func (w *stemWord) endsShortSyllable(i int) bool {
	switch {
	case i == 2:
		return isVowel(w.b[0]) && !isVowel(w.b[1])
	case i >= 3:
		s1, s2, s3 := w.b[i-1], w.b[i-2], w.b[i-3]
		return !isVowel(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isVowel(s2) && !isVowel(s3)
	}
	return false
}

func (w *stemWord) isShort() bool {
	return w.r1 >= w.n && w.endsShortSyllable(w.n)
}

func (w *stemWord) step0() {
	if s := w.first("'s'", "'s", "'"); s != "" {
		w.cut(len(s))
	}
}

func (w *stemWord) step1a() {
	switch s := w.first("sses", "ied", "ies", "us", "ss", "s"); s {
	case "sses":
		w.replace(4, "ss")
	case "ies", "ied":
		if w.n > 4 {
			w.replace(3, "i")
		} else {
			w.replace(3, "ie")
		}
	case "s":
		for i := 0; i < w.n-2; i++ {
			if isVowel(w.b[i]) {
				w.cut(1)
				return
			}
		}
	}
}

func (w *stemWord) step1b() {
	s := w.first("eedly", "ingly", "edly", "ing", "eed", "ed")
	switch s {
	case "eed", "eedly":
		if len(s) <= w.n-w.r1 {
			w.replace(len(s), "ee")
		}
	case "ed", "edly", "ing", "ingly":
		vowel := false
		for i := 0; i < w.n-len(s); i++ {
			if isVowel(w.b[i]) {
				vowel = true
				break
			}
		}
		if !vowel {
			return
		}
		r1, r2 := w.r1, w.r2
		w.cut(len(s))
		switch t := w.first("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"); t {
		case "":
			if w.isShort() {
				w.b[w.n] = 'e'
				w.n++
				w.r1, w.r2 = w.n, w.n
				return
			}
		case "at", "bl", "iz":
			w.b[w.n] = 'e'
			w.n++
		default:
			w.cut(1)
		}
		w.r1, w.r2 = min(r1, w.n), min(r2, w.n)
	}
}

func (w *stemWord) step1c() {
	n := w.n
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !isVowel(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

func (w *stemWord) step2() {
	s := w.first(
		"ational", "fulness", "iveness", "ization", "ousness",
		"biliti", "lessli", "tional", "alism", "aliti", "ation",
		"entli", "fulli", "iviti", "ousli", "anci", "abli",
		"alli", "ator", "enci", "izer", "bli", "ogi", "li",
	)
	if s == "" || len(s) > w.n-w.r1 {
		return
	}
	n := w.n
	var repl string
	switch s {
	case "li":
		if n >= 3 {
			switch w.b[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				w.cut(2)
			}
		}
		return
	case "ogi":
		if n >= 4 && w.b[n-4] == 'l' {
			w.replace(3, "og")
		}
		return
	case "tional":
		repl = "tion"
	case "enci":
		repl = "ence"
	case "anci":
		repl = "ance"
	case "abli":
		repl = "able"
	case "entli":
		repl = "ent"
	case "izer", "ization":
		repl = "ize"
	case "ational", "ation", "ator":
		repl = "ate"
	case "alism", "aliti", "alli":
		repl = "al"
	case "fulness":
		repl = "ful"
	case "ousli", "ousness":
		repl = "ous"
	case "iveness", "iviti":
		repl = "ive"
	case "biliti", "bli":
		repl = "ble"
	case "fulli":
		repl = "ful"
	case "lessli":
		repl = "less"
	}
	w.replace(len(s), repl)
}

func (w *stemWord) step3() {
	s := w.first("ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness")
	if s == "" || len(s) > w.n-w.r1 {
		return
	}
	var repl string
	switch s {
	case "ative":
		if w.n-w.r2 >= 5 {
			w.cut(5)
		}
		return
	case "ational":
		repl = "ate"
	case "tional":
		repl = "tion"
	case "alize":
		repl = "al"
	case "icate", "iciti", "ical":
		repl = "ic"
	}
	w.replace(len(s), repl)
}

func (w *stemWord) step4() {
	s := w.first(
		"ement", "ance", "ence", "able", "ible", "ment",
		"ent", "ant", "ism", "ate", "iti", "ous", "ive",
		"ize", "ion", "al", "er", "ic",
	)
	if s == "" || len(s) > w.n-w.r2 {
		return
	}
	if s == "ion" {
		if n := w.n; n >= 4 && (w.b[n-4] == 's' || w.b[n-4] == 't') {
			w.cut(3)
		}
		return
	}
	w.cut(len(s))
}

func (w *stemWord) step5() {
	last := w.n - 1
	if w.r1 > last {
		return
	}
	switch {
	case w.b[last] == 'e':
		if w.r2 <= last || !w.endsShortSyllable(last) {
			w.cut(1)
		}
	case w.r2 <= last && w.b[last] == 'l' && last >= 1 && w.b[last-1] == 'l':
		w.cut(1)
	}
}

// specialWord is english's stemSpecialWord: the stem of a word the steps
// would get wrong, "" for any other.
func specialWord(w string) string {
	switch w {
	case "skis":
		return "ski"
	case "skies":
		return "sky"
	case "dying":
		return "die"
	case "lying":
		return "lie"
	case "tying":
		return "tie"
	case "idly":
		return "idl"
	case "gently":
		return "gentl"
	case "ugly":
		return "ugli"
	case "early":
		return "earli"
	case "only":
		return "onli"
	case "singly":
		return "singl"
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes", "inning", "outing",
		"canning", "herring", "earring", "proceed", "exceed", "succeed":
		return w
	case "innings":
		return "inning"
	case "outings":
		return "outing"
	case "cannings":
		return "canning"
	case "herrings":
		return "herring"
	case "earrings":
		return "earring"
	case "proceeds", "proceeded", "proceeding":
		return "proceed"
	case "exceeds", "exceeded", "exceeding":
		return "exceed"
	case "succeeds", "succeeded", "succeeding":
		return "succeed"
	}
	return ""
}
