package facts

import (
	"math/rand"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestFoldSpace checks strSlab.foldSpace against its definition: a text with a
// line break, tab, carriage return or double space has its runs of white
// space folded to one space; any other text comes back as it is, uncopied.
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", "a", "one two three", " lead", "trail ", "a  b", "a\nb", "a\tb", "a\rb",
		"a \n b", "no\u00a0break", "x" + strings.Repeat(" y", 40) + "  z", strings.Repeat("word ", 30) + "\n"} {
		got := new(strSlab).foldSpace(s)
		if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
			assert.Equal(t, strings.Join(strings.Fields(s), " "), got, "%q", s)
			continue
		}
		assert.Equal(t, s, got)
		assert.Equal(t, unsafe.StringData(s), unsafe.StringData(got), "%q copied", s)
	}
}

// TestNeedsFold checks needsFold, which reads eight bytes at a time,
// against its definition on random texts of white space, control bytes and
// letters, at every alignment.
func TestNeedsFold(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{' ', ' ', ' ', '\n', '\t', '\r', '\v', '\f', 0, 0x0e, 0x1f, '!', 'a', 'b', 0xa0, 0xc2, 0x80, 0xff}
	for range 200000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = 'a'
			if r.Intn(3) == 0 {
				b[i] = alphabet[r.Intn(len(alphabet))]
			}
		}
		s := string(b)
		want := strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ")
		if got := needsFold(s); got != want {
			t.Fatalf("needsFold(%q) = %v, want %v", s, got, want)
		}
	}
}
