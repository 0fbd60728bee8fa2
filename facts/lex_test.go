package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordClassTable checks that the lexer's table gives every word the
// classes of wordClasses, and none to words outside it, including words
// that share a length and their first eight bytes with one inside.
func TestWordClassTable(t *testing.T) {
	for w, c := range wordClasses {
		assert.Equal(t, c, wordClassTable.lookup(w), w)
	}
	for _, w := range []string{"x", "officials", "capital", "tha", "thf", "sai", "saud", "twemty", "januery", "zz", "according's", "accordinx", "thousandz"} {
		_, in := wordClasses[w]
		if assert.False(t, in, w) {
			assert.Zero(t, wordClassTable.lookup(w), w)
		}
	}
}

// BenchmarkTokenize: the lexer alone on the Wikinews articles of
// ../shared/wikinews concatenated.
func BenchmarkTokenize(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/wikinews not available")
	}
	var text []byte
	for _, p := range paths {
		t, err := os.ReadFile(p)
		require.NoError(b, err)
		text = append(append(text, t...), '\n')
	}
	src := string(text)
	lower := lowerASCIIAll(src)
	var toks []token
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		toks = tokenize(src, lower, 0, len(src), toks)
	}
}
