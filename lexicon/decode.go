package lexicon

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math/bits"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

//go:embed wordnet.dat.zst
var wordnetData []byte

// magic must match the generator's; the layout after it is, in unsigned varints:
//
//	names part: lemmas, total name bytes, then per lemma (sorted by name): bytes
//	           shared with the previous name, length of the rest, the rest
//	relations part: lemmas, kept synsets, synset ids, list entries, hypernym entries,
//	lemmas with a tag count, then per such lemma: id delta, count
//	per lemma: one byte of sense counts per part of speech (two bits each, noun
//	           lowest), #derived, #antonyms; the senses by part of speech, each 0 for the
//	           next unseen kept synset id or else how far below it the id is; the derived
//	           and antonym lists as sorted deltas
//	per kept synset: #hypernyms, #one-step hypernyms, then both sorted lists as deltas
//	per part of speech (noun, verb, adj, adv): #exceptions, then per exception
//	           length, inflected form, base lemma id
//	#lemmas with a kept noun sense denoting people, then their ids as sorted deltas
const magic = "figcheck lexicon 6\n"

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
// lists; concept keys are nIDs plus the concept's number.
type table struct {
	names   string   // WordNet lemma names, concatenated
	nameEnd []uint32 // end of lemma i's name in names
	extra   []string // news.txt phrases WordNet lacks, ids from len(nameEnd)
	seed    maphash.Seed
	idx     nameIndex
	cache   readCache
	// irregular has a bit set, chosen by a word's hash, for every form in an exception
	// list, so most words skip the exception map.
	irregular []uint64

	count   []uint16 // how often WordNet's tagged corpora saw the lemma: breaks morphology ties
	listOff []uint32 // lemma i's senses, derived and antonym lists start at lists[listOff[i]]
	// senseCounts packs lemma i's number of senses per part of speech, two bits each
	// (noun lowest); its senses come in that order.
	senseCounts []uint8
	nDerived    []uint16
	lists       []uint32

	nKept   int
	nIDs    int
	hypOff  []uint32 // kept synset i's hypernyms are hyps[hypOff[i]:hypOff[i+1]]
	nHyp1   []uint8  // of which the first nHyp1[i] are one step up
	hyps    []uint32
	irregul map[string][]exceptionBase

	person []uint64 // bit per WordNet lemma id: a kept noun sense denotes people

	concepts     map[uint32][]uint32 // lemma id → concept keys, from news.txt
	conceptNames [][]string          // concept key - nIDs → the phrases of its news.txt line
	opposed      map[uint64]bool     // lemma id pairs news.txt names as opposed, both orders
	inNews       []uint64            // bit per lemma id: in a concept or an opposed pair
}

// reader reads unsigned varints from a part. It is used as a local value and advances an
// index, so reading writes no pointers (no write barriers while the collector runs).
type reader struct {
	b   []byte
	i   int
	err error
}

// uvarint reads one value; most are below 128, one byte, which the inlined fast path takes.
func (r *reader) uvarint() uint64 {
	if r.i < len(r.b) && r.b[r.i] < 0x80 {
		v := uint64(r.b[r.i])
		r.i++
		return v
	}
	return r.uvarintSlow()
}

func (r *reader) uvarintSlow() uint64 {
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.i += n
	return v
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("lexicon: truncated table")
	}
	r.i = len(r.b)
}

func (r *reader) bytes(n uint64) []byte {
	if uint64(len(r.b)-r.i) < n {
		r.fail()
		return nil
	}
	s := r.b[r.i : r.i+int(n)]
	r.i += int(n)
	return s
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.fail()
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

// deltas appends n delta-coded ids to dst.
func (r *reader) deltas(dst []uint32, n uint64) []uint32 {
	b, i := r.b, r.i
	prev := uint64(0)
	for range n {
		v, k := uvarint3(b, i)
		if k == 0 {
			v, i = r.at(i)
		}
		i += k
		prev += v
		dst = append(dst, uint32(prev))
	}
	r.i = i
	return dst
}

// at is the hot loops' slow path: uvarint at index j, and the index after it.
func (r *reader) at(j int) (uint64, int) {
	r.i = j
	v := r.uvarint()
	return v, r.i
}

// uvarint3 is the hot loops' varint fast path, inlined where a function calling
// uvarintSlow is not: a value of up to three bytes at b[i:] and its length, or a length of
// 0 when the value is longer or b ends within three bytes (the caller then reads it with
// uvarint).
func uvarint3(b []byte, i int) (uint64, int) {
	if i+2 < len(b) {
		c0 := b[i]
		if c0 < 0x80 {
			return uint64(c0), 1
		}
		c1 := b[i+1]
		if c1 < 0x80 {
			return uint64(c0&0x7f) | uint64(c1)<<7, 2
		}
		if c2 := b[i+2]; c2 < 0x80 {
			return uint64(c0&0x7f) | uint64(c1&0x7f)<<7 | uint64(c2)<<14, 3
		}
	}
	return 0, 0
}

// decode unpacks the two parts of the embedded table (see the generator's pack) and
// reads them on two cores: the names and their index, and everything else.
func decode(packed []byte) (*table, error) {
	n, k := binary.Uvarint(packed)
	if k <= 0 || n > uint64(len(packed)-k) {
		return nil, errors.New("lexicon: not a packed lexicon table")
	}
	namesPart, relationsPart := packed[k:k+int(n)], packed[k+int(n):]
	t := &table{seed: maphash.MakeSeed(), cache: newReadCache()}
	done := make(chan error, 1)
	go func() {
		raw, err := unpack(relationsPart)
		if err == nil {
			err = t.decodeRelations(reader{b: raw})
		}
		done <- err
	}()
	raw, err := unpack(namesPart)
	if err == nil {
		err = t.decodeNames(reader{b: raw})
	}
	if err2 := <-done; err == nil {
		err = err2
	}
	if err != nil {
		return nil, err
	}
	if len(t.nameEnd) != len(t.senseCounts) {
		return nil, fmt.Errorf("lexicon: %d names for %d lemmas", len(t.nameEnd), len(t.senseCounts))
	}
	return t, nil
}

// unpack decompresses one part and strips its magic.
func unpack(frame []byte) ([]byte, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer dec.Close()
	raw, err := dec.DecodeAll(frame, nil)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("lexicon: not a lexicon table (regenerate with go generate ./lexicon)")
	}
	return raw[len(magic):], nil
}

func (t *table) decodeNames(r reader) error {
	nLemmas := int(r.uvarint())
	total := int(r.uvarint())
	if total > len(r.b)*64 {
		return fmt.Errorf("lexicon: %d name bytes in a %d-byte part", total, len(r.b))
	}
	// The names are built once, in place, and the previous name is read from the buffer
	// while appending; the string shares the buffer (as a strings.Builder's would), which
	// nothing writes to after.
	names := make([]byte, 0, total)
	nameEnd := make([]uint32, nLemmas)
	prevStart := 0
	b, j := r.b, r.i
	for i := range nLemmas {
		shared, n := uvarint3(b, j)
		if n == 0 {
			shared, j = r.at(j)
		}
		j += n
		size, n := uvarint3(b, j)
		if n == 0 {
			size, j = r.at(j)
		}
		j += n
		if uint64(len(b)-j) < size {
			r.i = j
			r.fail()
			j = r.i
			size = 0
		}
		rest := b[j : j+int(size)]
		j += int(size)
		start := len(names)
		if shared > uint64(start-prevStart) {
			return fmt.Errorf("lexicon: lemma %d shares %d bytes of a shorter name", i, shared)
		}
		names = append(names, names[prevStart:prevStart+int(shared)]...)
		names = append(names, rest...)
		nameEnd[i] = uint32(len(names))
		prevStart = start
	}
	r.i = j
	if r.err != nil {
		return r.err
	}
	if r.i != len(r.b) {
		return fmt.Errorf("lexicon: %d bytes after the names", len(r.b)-r.i)
	}
	t.names, t.nameEnd = unsafe.String(unsafe.SliceData(names), len(names)), nameEnd
	t.idx = newNameIndex(nLemmas + 1024) // room for news.txt phrases
	t.insertAll(nLemmas)
	return nil
}

// decodeRelations reads what follows the names: tag counts, the lemmas' synset lists,
// hypernyms and exception lists. It fills local slices and stores them at the end.
func (t *table) decodeRelations(r reader) error {
	nLemmas := int(r.uvarint())
	nKept, nIDs := int(r.uvarint()), int(r.uvarint())
	nLists, nHyps := int(r.uvarint()), int(r.uvarint())
	if nLists > 8*len(r.b) || nHyps > 8*len(r.b) || nLemmas > len(r.b) || nKept > len(r.b) {
		return fmt.Errorf("lexicon: counts %d, %d, %d, %d in a %d-byte part", nLemmas, nKept, nLists, nHyps, len(r.b))
	}

	count := make([]uint16, nLemmas)
	id := 0
	for range r.uvarint() {
		id += int(r.uvarint())
		if id >= nLemmas {
			return fmt.Errorf("lexicon: tag count for lemma %d of %d", id, nLemmas)
		}
		count[id] = uint16(r.uvarint())
	}

	listOff := make([]uint32, nLemmas+1)
	senseCounts := make([]uint8, nLemmas)
	nDerived := make([]uint16, nLemmas)
	lists := make([]uint32, 0, nLists)
	next := uint64(0)
	// The loop keeps the read index in a local, j, and reads varints through uvarint3.
	b, j := r.b, r.i
	for i := range nLemmas {
		var c uint8
		if j < len(b) {
			c, j = b[j], j+1
		} else {
			r.i = j
			c = r.byte()
			j = r.i
		}
		nd, n := uvarint3(b, j)
		if n == 0 {
			nd, j = r.at(j)
		}
		j += n
		na, n := uvarint3(b, j)
		if n == 0 {
			na, j = r.at(j)
		}
		j += n
		ns := sensesBelow(c, 4)
		if nd > 0xffff {
			return fmt.Errorf("lexicon: lemma %d has %d derived forms", i, nd)
		}
		senseCounts[i], nDerived[i] = c, uint16(nd)
		listOff[i] = uint32(len(lists))
		// the senses, then the derived and antonym lists
		prev := uint64(0)
		for k, total := uint64(0), ns+nd+na; k < total; k++ {
			v, n := uvarint3(b, j)
			if n == 0 {
				v, j = r.at(j)
			}
			j += n
			switch {
			case k >= ns:
				if k == ns || k == ns+nd {
					prev = 0
				}
				prev += v
				lists = append(lists, uint32(prev))
			case v == 0:
				lists = append(lists, uint32(next))
				next++
			case v <= next:
				lists = append(lists, uint32(next-v))
			default:
				return fmt.Errorf("lexicon: lemma %d has a sense %d below synset %d", i, v, next)
			}
		}
	}
	r.i = j
	listOff[nLemmas] = uint32(len(lists))
	if next != uint64(nKept) || len(lists) != nLists {
		return fmt.Errorf("lexicon: %d synsets and %d list entries, header says %d and %d", next, len(lists), nKept, nLists)
	}

	hypOff := make([]uint32, nKept+1)
	nHyp1 := make([]uint8, nKept)
	hyps := make([]uint32, 0, nHyps)
	b, j = r.b, r.i
	for i := range nKept {
		n, m := uvarint3(b, j)
		if m == 0 {
			n, j = r.at(j)
		}
		j += m
		n1, m := uvarint3(b, j)
		if m == 0 {
			n1, j = r.at(j)
		}
		j += m
		if n1 > n || n1 > 0xff {
			return fmt.Errorf("lexicon: synset %d has %d of %d hypernyms one step up", i, n1, n)
		}
		hypOff[i], nHyp1[i] = uint32(len(hyps)), uint8(n1)
		// both lists in one loop
		prev := uint64(0)
		for k := range n {
			v, m := uvarint3(b, j)
			if m == 0 {
				v, j = r.at(j)
			}
			j += m
			if k == n1 {
				prev = 0
			}
			prev += v
			hyps = append(hyps, uint32(prev))
		}
	}
	r.i = j
	hypOff[nKept] = uint32(len(hyps))

	// Exception forms are marked in a bit set of their own, not in the name index the
	// other goroutine is building.
	irregular := make([]uint64, irregularBits/64)
	irregul := make(map[string][]exceptionBase, 5000)
	for p := range 4 {
		for range r.uvarint() {
			form := string(r.bytes(r.uvarint()))
			base := uint32(r.uvarint())
			if int(base) >= nLemmas {
				return fmt.Errorf("lexicon: exception %q has base %d", form, base)
			}
			irregul[form] = append(irregul[form], exceptionBase{base, 1 << p})
			b := maphash.String(t.seed, form) >> 48
			irregular[b/64] |= 1 << (b % 64)
		}
	}
	// the lemmas with a sense denoting people, as a bit set
	person := make([]uint64, (nLemmas+63)/64)
	np := r.uvarint()
	if np > uint64(nLemmas) {
		return fmt.Errorf("lexicon: %d person lemmas of %d", np, nLemmas)
	}
	persons := r.deltas(make([]uint32, 0, np), np)
	for _, id := range persons {
		if int(id) >= nLemmas {
			return fmt.Errorf("lexicon: person lemma %d of %d", id, nLemmas)
		}
		person[id/64] |= 1 << (id % 64)
	}
	if r.err != nil {
		return r.err
	}
	if r.i != len(r.b) {
		return fmt.Errorf("lexicon: %d bytes after the table", len(r.b)-r.i)
	}
	t.nKept, t.nIDs = nKept, nIDs
	t.count, t.listOff, t.senseCounts, t.nDerived, t.lists = count, listOff, senseCounts, nDerived, lists
	t.hypOff, t.nHyp1, t.hyps = hypOff, nHyp1, hyps
	t.irregular, t.irregul = irregular, irregul
	t.person = person
	return nil
}

func (t *table) name(id uint32) string {
	if int(id) >= len(t.nameEnd) {
		return t.extra[int(id)-len(t.nameEnd)]
	}
	start := uint32(0)
	if id > 0 {
		start = t.nameEnd[id-1]
	}
	return t.names[start:t.nameEnd[id]]
}

// sensesBelow returns how many senses packed counts give the parts of speech below pos.
func sensesBelow(counts uint8, pos int) uint64 {
	c := uint64(counts) & (1<<(2*pos) - 1)
	c = c&0x33 + c>>2&0x33 // two-bit counts summed in pairs
	return c&0xf + c>>4
}

// senses returns the synset ids of a lemma's kept senses in the parts of speech of mask,
// all of them between its lowest and highest part of speech (the masks Lemma's rules
// give, noun, verb, noun|verb, adjective, are contiguous); derived those its derivation and
// pertainym pointers reach; antonyms those its antonym pointers reach.
func (t *table) senses(id uint32, mask uint8) []uint32 {
	if int(id) >= len(t.nameEnd) || mask == 0 {
		return nil
	}
	c, off := t.senseCounts[id], t.listOff[id]
	lo, hi := bits.TrailingZeros8(mask), 8-bits.LeadingZeros8(mask)
	return t.lists[off+uint32(sensesBelow(c, lo)) : off+uint32(sensesBelow(c, hi))]
}

func (t *table) derived(id uint32) []uint32 {
	if int(id) >= len(t.nameEnd) {
		return nil
	}
	off := t.listOff[id] + uint32(sensesBelow(t.senseCounts[id], 4))
	return t.lists[off : off+uint32(t.nDerived[id])]
}

func (t *table) antonyms(id uint32) []uint32 {
	if int(id) >= len(t.nameEnd) {
		return nil
	}
	return t.lists[t.listOff[id]+uint32(sensesBelow(t.senseCounts[id], 4))+uint32(t.nDerived[id]) : t.listOff[id+1]]
}

// hypernyms returns a synset's hypernyms one step up and two steps up.
func (t *table) hypernyms(synset uint32) (one, two []uint32) {
	if int(synset) >= t.nKept {
		return nil, nil
	}
	h := t.hyps[t.hypOff[synset]:t.hypOff[synset+1]]
	return h[:t.nHyp1[synset]], h[t.nHyp1[synset]:]
}

// posMask returns the parts of speech a lemma has senses in.
func (t *table) posMask(id uint32) uint8 {
	if int(id) >= len(t.senseCounts) {
		return 0
	}
	c, mask := t.senseCounts[id], uint8(0)
	for p := range 4 {
		if c>>(2*p)&3 != 0 {
			mask |= 1 << p
		}
	}
	return mask
}

func (t *table) tagCount(id uint32) int {
	if int(id) >= len(t.count) {
		return 0
	}
	return int(t.count[id])
}
