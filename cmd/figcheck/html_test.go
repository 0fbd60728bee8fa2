package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// marksOf returns the attributes and text of every <mark> of a page.
func marksOf(t *testing.T, page string) []map[string]string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	var out []map[string]string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "mark" {
			m := map[string]string{}
			for _, a := range n.Attr {
				m[a.Key] = a.Val
			}
			if c := n.FirstChild; c != nil && c.Type == html.TextNode {
				m["text"] = c.Data
			}
			out = append(out, m)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

func TestHTMLFormatMarksFiguresAtTheirOffsets(t *testing.T) {
	inTestdata(t)
	views := map[string]string{}
	for _, name := range articles {
		raw, err := os.ReadFile(name)
		require.NoError(t, err)
		d, err := source.New(name, raw, name)
		require.NoError(t, err)
		views[name] = string(d.Text)
	}
	for _, cmd := range []string{"compare", "check", "extract"} {
		t.Run(cmd, func(t *testing.T) {
			out, errOut, code := cli(t, "", append([]string{cmd, "--format", "html"}, articles...)...)
			require.Empty(t, errOut)
			require.Contains(t, []int{exitOK, exitDisagree}, code)
			marks := marksOf(t, out)
			require.NotEmpty(t, marks)
			conflictIn := map[string]bool{}
			for _, m := range marks {
				start, err := strconv.Atoi(m["data-start"])
				require.NoError(t, err)
				end, err := strconv.Atoi(m["data-end"])
				require.NoError(t, err)
				require.Contains(t, views, m["data-doc"])
				assert.Equal(t, views[m["data-doc"]][start:end], m["text"])
				assert.NotEmpty(t, m["data-status"])
				if m["data-status"] == "conflict" && strings.Contains(m["title"], "homes damaged") {
					conflictIn[m["data-doc"]] = true
				}
			}
			if cmd != "extract" {
				assert.Len(t, conflictIn, 3, "the homes damaged conflict in every report")
			}
		})
	}
}
