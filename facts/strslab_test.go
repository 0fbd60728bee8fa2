package facts

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStrSlab checks that the strings a slab hands out read what was
// asked, and still do after many more strings (short, empty and too long
// to share a slab) were written after them.
func TestStrSlab(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var sl strSlab
	var got, want []string
	words := []string{"", " ", "a", "people", "killed", "\n", "  ", "\t", "x\u00a0y", strings.Repeat("long ", 300)}
	for range 20000 {
		a, b, c := words[r.Intn(len(words))], words[r.Intn(len(words))], words[r.Intn(len(words))]
		switch r.Intn(3) {
		case 0:
			got, want = append(got, sl.concat(a, b, c)), append(want, a+b+c)
		case 1:
			got, want = append(got, sl.bytes([]byte(a+c))), append(want, a+c)
		default:
			s := a + b + c
			got, want = append(got, sl.foldSpace(s)), append(want, foldSpaceSlow(s))
		}
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("string %d reads %q, want %q", i, got[i], want[i])
		}
	}
}

// foldSpaceSlow is what foldSpace does, by its definition.
func foldSpaceSlow(s string) string {
	if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// TestStrSlabLowerItoa checks lower against strings.ToLower and itoa
// against strconv.Itoa, with the slab shared.
func TestStrSlabLowerItoa(t *testing.T) {
	var sl strSlab
	for _, s := range []string{"", "people", "Red Crescent", "AfD", "ÉTÉ", "Çanakkale people", "X", strings.Repeat("Ab", 700)} {
		if got := sl.lower(s); got != strings.ToLower(s) {
			t.Errorf("lower(%q) = %q", s, got)
		}
	}
	for _, v := range []int{0, 7, 42, 1990, 2024, -5, 1 << 62, -1 << 63} {
		if got := sl.itoa(v); got != strconv.Itoa(v) {
			t.Errorf("itoa(%d) = %q", v, got)
		}
	}
}

// TestIsOrdinalSuffix checks isOrdinalSuffix against lower-casing every
// pair of bytes.
func TestIsOrdinalSuffix(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			w := string([]byte{byte(a), byte(b)})
			lower := w
			if strings.ToLower(w) != w && a < utf8.RuneSelf && b < utf8.RuneSelf {
				lower = strings.ToLower(w)
			}
			want := lower == "st" || lower == "nd" || lower == "rd" || lower == "th"
			if isOrdinalSuffix(w) != want {
				t.Fatalf("isOrdinalSuffix(%q) = %v", w, !want)
			}
		}
	}
}
