package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

//go:embed wordnet.dat.gz
var wordnetData []byte

// magic must match the generator's; the layout after it is, in unsigned varints:
//
//	lemmas, kept synsets, synset ids
//	name bytes, then every lemma name followed by '\n', sorted
//	per lemma: part-of-speech mask (one byte), tag count, #senses, #derived, #antonyms,
//	           then the three sorted synset-id lists as deltas
//	per kept synset: #hypernyms, #one-step hypernyms, then both sorted lists as deltas
//	per part of speech (noun, verb, adj, adv): #exceptions, then per exception
//	           length, inflected form, base lemma id
const magic = "figcheck lexicon 1\n"

// Part-of-speech bits of a lemma's mask, as the generator writes them.
const (
	posNoun uint8 = 1 << iota
	posVerb
	posAdj
	posAdv
)

type exceptionBase struct {
	lemma uint32
	pos   uint8 // one of the pos bits: which exception list the entry came from
}

// table is the decoded lexicon. Lemma ids index the per-lemma slices; ids past the
// WordNet lemmas are news.txt phrases WordNet lacks. Synset ids below nKept have hypernym
// lists; concept keys are nIDs plus the concept's line number.
type table struct {
	names   string   // WordNet lemma names, each followed by '\n'
	nameEnd []uint32 // end of lemma i's name in names
	extra   []string // news.txt phrases WordNet lacks, ids from len(nameEnd)
	index   map[string]uint32

	pos      []uint8
	count    []uint16 // how often WordNet's tagged corpora saw the lemma: breaks morphology ties
	listOff  []uint32 // lemma i's senses, derived and antonym lists start at lists[listOff[i]]
	nSenses  []uint8
	nDerived []uint16
	lists    []uint32

	nKept   int
	nIDs    int
	hypOff  []uint32 // kept synset i's hypernyms are hyps[hypOff[i]:hypOff[i+1]]
	nHyp1   []uint8  // of which the first nHyp1[i] are one step up
	hyps    []uint32
	irregul map[string][]exceptionBase

	concepts     map[uint32][]uint32 // lemma id → concept keys, from news.txt
	conceptNames [][]string          // concept key - nIDs → the phrases of its news.txt line
	opposed      map[[2]uint32]bool  // lemma id pairs news.txt names as opposed, both orders
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		if r.err == nil {
			r.err = errors.New("lexicon: truncated table")
		}
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		if r.err == nil {
			r.err = errors.New("lexicon: truncated table")
		}
		r.b = nil
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// deltas appends n delta-coded ids to dst.
func (r *reader) deltas(dst []uint32, n uint64) []uint32 {
	prev := uint64(0)
	for range n {
		prev += r.uvarint()
		dst = append(dst, uint32(prev))
	}
	return dst
}

func decode(gz []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return decodeRaw(raw)
}

func decodeRaw(raw []byte) (*table, error) {
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("lexicon: not a lexicon table (regenerate with go generate ./lexicon)")
	}
	r := &reader{b: raw[len(magic):]}
	nLemmas := int(r.uvarint())
	t := &table{nKept: int(r.uvarint()), nIDs: int(r.uvarint())}
	t.names = string(r.bytes(r.uvarint()))
	if r.err != nil {
		return nil, r.err
	}

	t.nameEnd = make([]uint32, 0, nLemmas)
	t.index = make(map[string]uint32, nLemmas+256)
	for start := 0; start < len(t.names); {
		end := start + strings.IndexByte(t.names[start:], '\n')
		if end < start {
			return nil, errors.New("lexicon: unterminated lemma name")
		}
		t.index[t.names[start:end]] = uint32(len(t.nameEnd))
		t.nameEnd = append(t.nameEnd, uint32(end))
		start = end + 1
	}
	if len(t.nameEnd) != nLemmas {
		return nil, fmt.Errorf("lexicon: %d lemma names, header says %d", len(t.nameEnd), nLemmas)
	}

	t.pos = make([]uint8, nLemmas)
	t.count = make([]uint16, nLemmas)
	t.listOff = make([]uint32, nLemmas+1)
	t.nSenses = make([]uint8, nLemmas)
	t.nDerived = make([]uint16, nLemmas)
	t.lists = make([]uint32, 0, 4*nLemmas)
	for i := range nLemmas {
		if len(r.b) == 0 {
			return nil, errors.New("lexicon: truncated table")
		}
		t.pos[i] = r.b[0]
		r.b = r.b[1:]
		t.count[i] = uint16(r.uvarint())
		ns, nd, na := r.uvarint(), r.uvarint(), r.uvarint()
		if ns > 0xff || nd > 0xffff {
			return nil, fmt.Errorf("lexicon: lemma %d has %d senses, %d derived", i, ns, nd)
		}
		t.nSenses[i], t.nDerived[i] = uint8(ns), uint16(nd)
		t.listOff[i] = uint32(len(t.lists))
		t.lists = r.deltas(t.lists, ns)
		t.lists = r.deltas(t.lists, nd)
		t.lists = r.deltas(t.lists, na)
	}
	t.listOff[nLemmas] = uint32(len(t.lists))

	t.hypOff = make([]uint32, t.nKept+1)
	t.nHyp1 = make([]uint8, t.nKept)
	t.hyps = make([]uint32, 0, 4*t.nKept)
	for i := range t.nKept {
		n, n1 := r.uvarint(), r.uvarint()
		if n1 > n || n1 > 0xff {
			return nil, fmt.Errorf("lexicon: synset %d has %d of %d hypernyms one step up", i, n1, n)
		}
		t.hypOff[i], t.nHyp1[i] = uint32(len(t.hyps)), uint8(n1)
		t.hyps = r.deltas(t.hyps, n1)
		t.hyps = r.deltas(t.hyps, n-n1)
	}
	t.hypOff[t.nKept] = uint32(len(t.hyps))

	t.irregul = make(map[string][]exceptionBase, 6000)
	for p := range 4 {
		n := r.uvarint()
		for range n {
			form := string(r.bytes(r.uvarint()))
			base := uint32(r.uvarint())
			if int(base) >= nLemmas {
				return nil, fmt.Errorf("lexicon: exception %q has base %d", form, base)
			}
			t.irregul[form] = append(t.irregul[form], exceptionBase{base, 1 << p})
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("lexicon: %d bytes after the table", len(r.b))
	}
	return t, nil
}

func (t *table) name(id uint32) string {
	if int(id) >= len(t.nameEnd) {
		return t.extra[int(id)-len(t.nameEnd)]
	}
	start := uint32(0)
	if id > 0 {
		start = t.nameEnd[id-1] + 1
	}
	return t.names[start:t.nameEnd[id]]
}

// senses returns the synset ids of a lemma's kept senses; derived those its derivation and
// pertainym pointers reach; antonyms those its antonym pointers reach.
func (t *table) senses(id uint32) []uint32 {
	if int(id) >= len(t.nameEnd) {
		return nil
	}
	off := t.listOff[id]
	return t.lists[off : off+uint32(t.nSenses[id])]
}

func (t *table) derived(id uint32) []uint32 {
	if int(id) >= len(t.nameEnd) {
		return nil
	}
	off := t.listOff[id] + uint32(t.nSenses[id])
	return t.lists[off : off+uint32(t.nDerived[id])]
}

func (t *table) antonyms(id uint32) []uint32 {
	if int(id) >= len(t.nameEnd) {
		return nil
	}
	return t.lists[t.listOff[id]+uint32(t.nSenses[id])+uint32(t.nDerived[id]) : t.listOff[id+1]]
}

// hypernyms returns a synset's hypernyms one step up and two steps up.
func (t *table) hypernyms(synset uint32) (one, two []uint32) {
	if int(synset) >= t.nKept {
		return nil, nil
	}
	h := t.hyps[t.hypOff[synset]:t.hypOff[synset+1]]
	return h[:t.nHyp1[synset]], h[t.nHyp1[synset]:]
}

func (t *table) posMask(id uint32) uint8 {
	if int(id) >= len(t.pos) {
		return 0
	}
	return t.pos[id]
}

func (t *table) tagCount(id uint32) int {
	if int(id) >= len(t.count) {
		return 0
	}
	return int(t.count[id])
}
