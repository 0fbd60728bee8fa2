package lexicon

import (
	"hash/maphash"
	"math/bits"
)

// The name index is an open-addressing hash table of lemma ids rather than a Go map: it
// builds several times faster on first use and, holding no pointers, costs the garbage
// collector nothing afterwards.
type nameIndex struct {
	// slots hold lemma id + 1 in the low half (0: empty) and the top half of the name's
	// hash in the high half, so a probe rejects most other names without reading them,
	// and the home slot (chosen by those bits) can be found from the value alone.
	slots []uint64
	mask  uint64
}

// irregularBits sizes the bit set of exception-list forms (see table.irregular).
const irregularBits = 1 << 16

func newNameIndex(n int) nameIndex {
	size := 1
	for size < 3*n/2 { // at most two thirds full; a miss probes a few slots of one cache line
		size *= 2
	}
	return nameIndex{slots: make([]uint64, size), mask: uint64(size - 1)}
}

// insert adds a lemma id under its name, which must not be in the index yet.
func (t *table) insert(id uint32) {
	h := maphash.String(t.seed, t.name(id))
	i := t.home(h)
	for t.idx.slots[i] != 0 {
		i = (i + 1) & t.idx.mask
	}
	t.idx.slots[i] = slot(id, h)
}

func slot(id uint32, h uint64) uint64 { return h&^0xffffffff | uint64(id+1) }

// insertAll adds lemmas 0..n-1. Inserting them in name order would touch the slots at
// random, a cache miss each; sorting the slot values by the region of the table they
// hash to first (a counting sort on the top bits of the home slot) keeps each region's
// inserts within a few cache lines.
func (t *table) insertAll(n int) {
	const regionBits = 8
	shift := uint(bits.Len64(t.idx.mask)) - regionBits
	var starts [1<<regionBits + 1]int
	// each name is hashed once, its slot value kept for the second pass
	values := make([]uint64, n)
	start := uint32(0)
	for i := range n {
		end := t.nameEnd[i]
		v := slot(uint32(i), maphash.String(t.seed, t.names[start:end]))
		values[i], start = v, end
		starts[t.home(v)>>shift+1]++
	}
	for r := 1; r < len(starts); r++ {
		starts[r] += starts[r-1]
	}
	sorted := make([]uint64, n)
	for _, v := range values {
		r := t.home(v) >> shift
		sorted[starts[r]] = v
		starts[r]++
	}
	for _, v := range sorted {
		i := t.home(v) // a slot value keeps the hash bits that choose the home slot
		for t.idx.slots[i] != 0 {
			i = (i + 1) & t.idx.mask
		}
		t.idx.slots[i] = v
	}
}

// home returns the slot where a name with hash (or slot value) h is first looked for:
// from the hash's top half, which slot values keep.
func (t *table) home(h uint64) uint64 { return h >> 32 & t.idx.mask }

// lookup returns the lemma id of name, and name's hash.
func (t *table) lookup(name string) (uint32, bool, uint64) {
	h := maphash.String(t.seed, name)
	for i := t.home(h); ; i = (i + 1) & t.idx.mask {
		v := t.idx.slots[i]
		if v == 0 {
			return 0, false, h
		}
		if id := uint32(v) - 1; (v^h)>>32 == 0 && t.name(id) == name {
			return id, true, h
		}
	}
}

// lookupBytes is lookup for a word built in a buffer; it does not allocate.
func (t *table) lookupBytes(name []byte) (uint32, bool) {
	h := maphash.Bytes(t.seed, name)
	for i := t.home(h); ; i = (i + 1) & t.idx.mask {
		v := t.idx.slots[i]
		if v == 0 {
			return 0, false
		}
		if id := uint32(v) - 1; (v^h)>>32 == 0 && t.name(id) == string(name) {
			return id, true
		}
	}
}

func (t *table) mayBeIrregular(h uint64) bool {
	b := h >> 48
	return t.irregular[b/64]&(1<<(b%64)) != 0
}
