// Command gen builds the lexicon package's embedded table from a WordNet 3.0 database
// (Debian's wordnet-base installs one in /usr/share/wordnet). It is run by
// `go generate ./lexicon`.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database `directory` (data.*, index.*, *.exc, cntlist.rev)")
	out := flag.String("o", "wordnet.dat.zst", "output `file`")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	names, relations, err := generate(dir)
	if err != nil {
		return err
	}
	packed, err := pack(names, relations)
	if err != nil {
		return err
	}
	return os.WriteFile(out, packed, 0o644)
}

// generate returns the two uncompressed parts of the table for the WordNet database in dir.
func generate(dir string) (names, relations []byte, err error) {
	wn, err := readWordNet(dir)
	if err != nil {
		return nil, nil, err
	}
	names, relations = encode(buildTable(wn))
	return names, relations, nil
}
