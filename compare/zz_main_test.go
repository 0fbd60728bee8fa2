package compare

import (
	"os"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

func TestZZMain(t *testing.T) {
	dir := os.Getenv("ZZSET")
	if dir == "" {
		t.Skip()
	}
	var docs []Doc
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		b, err := os.ReadFile(dir + "/" + n)
		if err != nil {
			continue
		}
		docs = append(docs, Doc{Name: n, Facts: facts.ExtractString(n, string(b))})
	}
	opt := Options{}.withDefaults()
	_, claims := prepareAll(docs, opt)
	keys := mainKeys(claims)
	for _, c := range claims {
		it := c.items[0]
		if it.event == "" {
			continue
		}
		k, ok := keys[c]
		t.Logf("%s %q ev=%s role=%s scope=%q time=%q dim=%s main=%v %s", docs[c.doc].Name, it.f.Text, it.event, it.role, it.scope, it.time, c.dim, ok, k)
	}
}
