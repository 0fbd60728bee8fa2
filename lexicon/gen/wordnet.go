package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// posNames lists WordNet's four file suffixes in the order their bits appear in a lemma's
// part-of-speech mask (noun=1, verb=2, adj=4, adv=8).
var posNames = [4]string{"noun", "verb", "adj", "adv"}

// posIndex maps a synset-type letter to its file; satellites ('s') live in data.adj.
func posIndex(letter string) (int, error) {
	switch letter {
	case "n":
		return 0, nil
	case "v":
		return 1, nil
	case "a", "s":
		return 2, nil
	case "r":
		return 3, nil
	}
	return 0, fmt.Errorf("unknown part of speech %q", letter)
}

// synsetKey names a synset across the four data files.
type synsetKey struct {
	pos    int
	offset int
}

type pointer struct {
	symbol string
	target synsetKey
	source int // word number in the synset the pointer leaves from; 0 for the whole synset
	dest   int // word number in the target synset; 0 for the whole synset
}

type synset struct {
	lexFile   int // lexicographer file: 18 is noun.person
	satellite bool
	words     []string // lower case, underscores as spaces, adjective markers removed
	pointers  []pointer
}

// indexEntry is one line of an index.* file: a lemma's synsets in WordNet's sense order
// (most frequent first).
type indexEntry struct {
	lemma   string
	pos     int
	synsets []synsetKey
}

type wordnet struct {
	synsets    map[synsetKey]*synset
	index      []indexEntry
	counts     map[string]int         // lemma → summed tag counts over all its senses (cntlist.rev)
	exceptions [4]map[string][]string // inflected form → base forms, per part of speech
}

func readWordNet(dir string) (*wordnet, error) {
	wn := &wordnet{synsets: map[synsetKey]*synset{}, counts: map[string]int{}}
	for pos, name := range posNames {
		if err := wn.readData(filepath.Join(dir, "data."+name)); err != nil {
			return nil, err
		}
		if err := wn.readIndex(filepath.Join(dir, "index."+name), pos); err != nil {
			return nil, err
		}
		exc, err := readExceptions(filepath.Join(dir, name+".exc"))
		if err != nil {
			return nil, err
		}
		wn.exceptions[pos] = exc
	}
	if err := wn.readCounts(filepath.Join(dir, "cntlist.rev")); err != nil {
		return nil, err
	}
	return wn, nil
}

// eachLine calls fn for every line of a WordNet file except the licence header, whose
// lines start with a space.
func eachLine(path string, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func normalizeWord(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 { // adjective position markers: (a) (p) (ip)
		w = w[:i]
	}
	return strings.ToLower(strings.ReplaceAll(w, "_", " "))
}

func (wn *wordnet) readData(path string) error {
	return eachLine(path, func(line string) error {
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		offset, err := strconv.Atoi(f[0])
		if err != nil {
			return err
		}
		pos, err := posIndex(f[2])
		if err != nil {
			return err
		}
		lexFile, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		ss := &synset{lexFile: lexFile, satellite: f[2] == "s"}
		nWords, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return err
		}
		i := 4
		for range nWords {
			ss.words = append(ss.words, normalizeWord(f[i]))
			i += 2
		}
		nPtr, err := strconv.Atoi(f[i])
		if err != nil {
			return err
		}
		i++
		for range nPtr {
			off, err := strconv.Atoi(f[i+1])
			if err != nil {
				return err
			}
			tpos, err := posIndex(f[i+2])
			if err != nil {
				return err
			}
			st, err := strconv.ParseUint(f[i+3], 16, 16)
			if err != nil {
				return err
			}
			ss.pointers = append(ss.pointers, pointer{
				symbol: f[i],
				target: synsetKey{tpos, off},
				source: int(st >> 8),
				dest:   int(st & 0xff),
			})
			i += 4
		}
		wn.synsets[synsetKey{pos, offset}] = ss
		return nil
	})
}

func (wn *wordnet) readIndex(path string, pos int) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		nSynsets, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		offsets := f[len(f)-nSynsets:]
		e := indexEntry{lemma: normalizeWord(f[0]), pos: pos}
		for _, o := range offsets {
			off, err := strconv.Atoi(o)
			if err != nil {
				return err
			}
			e.synsets = append(e.synsets, synsetKey{pos, off})
		}
		wn.index = append(wn.index, e)
		return nil
	})
}

func readExceptions(path string) (map[string][]string, error) {
	exc := map[string][]string{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("exception line without a base form")
		}
		inflected := normalizeWord(f[0])
		for _, base := range f[1:] {
			exc[inflected] = append(exc[inflected], normalizeWord(base))
		}
		return nil
	})
	return exc, err
}

// readCounts sums cntlist.rev's tag counts per lemma: how often the lemma was seen, in any
// sense, in WordNet's semantically tagged corpora. Lemma uses them to choose between
// readings ("gas" is a word, not the plural of "ga").
func (wn *wordnet) readCounts(path string) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want sense key, sense number, count")
		}
		lemma, _, ok := strings.Cut(f[0], "%")
		if !ok {
			return fmt.Errorf("sense key without %%")
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		wn.counts[normalizeWord(lemma)] += n
		return nil
	})
}
