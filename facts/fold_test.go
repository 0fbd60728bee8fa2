package facts

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestFoldSpace checks foldSpace against its definition: a text with a
// line break, tab, carriage return or double space has its runs of white
// space folded to one space; any other text comes back as it is, uncopied.
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", "a", "one two three", " lead", "trail ", "a  b", "a\nb", "a\tb", "a\rb",
		"a \n b", "no\u00a0break", "x" + strings.Repeat(" y", 40) + "  z", strings.Repeat("word ", 30) + "\n"} {
		got := foldSpace(s)
		if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
			assert.Equal(t, strings.Join(strings.Fields(s), " "), got, "%q", s)
			continue
		}
		assert.Equal(t, s, got)
		assert.Equal(t, unsafe.StringData(s), unsafe.StringData(got), "%q copied", s)
	}
}
