// Package reportgen makes many distinct news reports out of a few real ones,
// for measuring the comparer on a newsroom's day of copy: copies of one
// report are compared once (the comparer finds them), so a benchmark of
// repeated reports measures the copies' bookkeeping, not the comparing.
package reportgen

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Distinct returns n reports made from texts: report i is texts[i%len(texts)]
// in its (i/len(texts))th variant. Variant 0 is the text itself; variant k
// renames every capitalised name (a word of four letters or more, not
// opening a sentence, not a month or weekday) to another name of the same
// texts, and scales every whole number of two digits or more that is not a
// year or the day of a date by 1+k/16. Every report of variant k is changed the same way, so the
// reports of one story still agree with each other as much as they did,
// while no two variants share their names and figures.
func Distinct(texts []string, n int) []string {
	pool := names(texts)
	out := make([]string, n)
	for i := range out {
		out[i] = Variant(texts[i%len(texts)], i/len(texts), pool)
	}
	return out
}

// Names lists the capitalised names of texts that Variant renames, sorted.
func names(texts []string) []string {
	seen := map[string]bool{}
	for _, t := range texts {
		eachWord(t, func(w string, name bool) string {
			if name {
				seen[w] = true
			}
			return w
		})
	}
	pool := make([]string, 0, len(seen))
	for w := range seen {
		pool = append(pool, w)
	}
	sort.Strings(pool)
	return pool
}

// Variant rewrites text as variant k (see Distinct), renaming within pool.
func Variant(text string, k int, pool []string) string {
	if k == 0 {
		return text
	}
	index := make(map[string]int, len(pool))
	for i, w := range pool {
		index[w] = i
	}
	return eachWord(text, func(w string, name bool) string {
		if name {
			if i, ok := index[w]; ok {
				return pool[(i+k*7919)%len(pool)]
			}
			return w
		}
		if w[0] >= '0' && w[0] <= '9' {
			return scale(w, k)
		}
		return w
	})
}

// monthWords are the month names and their abbreviations: a number of one
// or two digits beside one is the day of a date ("12 March", "Oct 30"),
// which Variant keeps (a scaled day would make "Published 32 October").
var monthWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec") {
		monthWords[w] = true
	}
}

// dayOfDate reports whether the number text[i:j] is the day of a date: one
// or two digits with a month word just before or just after it.
func dayOfDate(text string, i, j int) bool {
	if j-i > 2 {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(text[:i], " "), ".")
	k := len(before)
	for k > 0 && before[k-1] < 0x80 && unicode.IsLetter(rune(before[k-1])) {
		k--
	}
	if len(before) < i && monthWords[before[k:]] {
		return true
	}
	after := text[j:]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	after = strings.TrimLeft(after, " ")
	k = 0
	for k < len(after) && after[k] < 0x80 && unicode.IsLetter(rune(after[k])) {
		k++
	}
	return monthWords[after[:k]]
}

// scale multiplies the whole number w (digits, maybe grouped by commas) by
// 1+k/16, keeping its grouping; years and one-digit numbers stay.
func scale(w string, k int) string {
	plain := strings.ReplaceAll(w, ",", "")
	v, err := strconv.Atoi(plain)
	if err != nil || v < 10 || (v >= 1900 && v <= 2100 && len(plain) == 4) {
		return w
	}
	v += v * k / 16
	if v == 0 {
		v = 1
	}
	s := strconv.Itoa(v)
	if !strings.Contains(w, ",") {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

var calendar = map[string]bool{}

func init() {
	for _, w := range strings.Fields("January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Published") {
		calendar[w] = true
	}
}

// eachWord rebuilds text with every word (a run of letters, or of digits
// and commas between digits) replaced by f(word, isName).
func eachWord(text string, f func(w string, name bool) string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	sentenceStart := true
	for i := 0; i < len(text); {
		c := rune(text[i])
		switch {
		case c < 0x80 && unicode.IsLetter(c):
			j := i
			for j < len(text) && text[j] < 0x80 && unicode.IsLetter(rune(text[j])) {
				j++
			}
			w := text[i:j]
			name := !sentenceStart && j-i >= 4 && unicode.IsUpper(c) && !calendar[w]
			b.WriteString(f(w, name))
			sentenceStart = false
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' ||
				text[j] == ',' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9') {
				j++
			}
			if dayOfDate(text, i, j) {
				b.WriteString(text[i:j])
			} else {
				b.WriteString(f(text[i:j], false))
			}
			sentenceStart = false
			i = j
		default:
			if c == '.' || c == '\n' || c == '"' || c == '!' || c == '?' {
				sentenceStart = true
			}
			b.WriteByte(text[i])
			i++
		}
	}
	return b.String()
}

// ReadDistinct reads the files at paths and returns n distinct reports made
// from them (Distinct) with their file names: report i is named
// "NNNN-STORY-BASE", STORY the directory of its source file.
func ReadDistinct(paths []string, n int) (names, texts []string, err error) {
	src := make([]string, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		src[i] = string(b)
	}
	texts = Distinct(src, n)
	names = make([]string, n)
	for i := range names {
		p := paths[i%len(paths)]
		names[i] = fmt.Sprintf("%04d-%s-%s", i, filepath.Base(filepath.Dir(p)), filepath.Base(p))
	}
	return names, texts, nil
}
