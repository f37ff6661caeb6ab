package corpus

import "math"

// pdfBlock is a column piece of text: segments of consecutive lines that
// overlap horizontally, with close baselines and similar font sizes.
type pdfBlock struct {
	x0, x1      float64 // horizontal extent
	top, bottom float64 // first and last baselines
	size        float64 // font size of the first line
	lastY       float64 // baseline of the last line
	lastSize    float64
	lines       []string
}

// pdfBuildBlocks groups the segments of lines (top to bottom) into blocks.
// A segment continues the open block it overlaps horizontally when its
// baseline is within pdfBlockGap font sizes of the block's last line and
// its size is similar; otherwise it opens a block.
func pdfBuildBlocks(lines []pdfLine) []*pdfBlock {
	var blocks []*pdfBlock
	var open []*pdfBlock
	for _, l := range lines {
		// blocks too far above can no longer grow
		keep := open[:0]
		for _, b := range open {
			if b.lastY-l.y <= pdfBlockGap*math.Max(b.lastSize, l.size) {
				keep = append(keep, b)
			}
		}
		open = keep
		var took []*pdfBlock
		for _, s := range l.segs {
			var best *pdfBlock
			bestOv := 0.0
			for _, b := range open {
				if b.lastY-l.y < 0.3*l.size || pdfTook(took, b) {
					continue
				}
				r := l.size / b.lastSize
				if r > pdfBlockSize || r < 1/pdfBlockSize {
					continue
				}
				ov := math.Min(s.x1, b.x1) - math.Max(s.x0, b.x0)
				if ov > bestOv {
					best, bestOv = b, ov
				}
			}
			if best == nil {
				best = &pdfBlock{x0: s.x0, x1: s.x1, top: l.y, size: l.size}
				blocks = append(blocks, best)
				open = append(open, best)
			}
			best.x0, best.x1 = math.Min(best.x0, s.x0), math.Max(best.x1, s.x1)
			best.bottom, best.lastY, best.lastSize = l.y, l.y, l.size
			best.lines = append(best.lines, s.text)
			took = append(took, best)
		}
	}
	return blocks
}

func pdfTook(took []*pdfBlock, b *pdfBlock) bool {
	for _, t := range took {
		if t == b {
			return true
		}
	}
	return false
}

// pdfOrderBlocks writes blocks in reading order: a block comes after the
// blocks above it that it overlaps horizontally and after the blocks to
// its left that it overlaps vertically; among the blocks free to come
// next, the highest, then the leftmost, goes first. Blocks are separated
// by an empty line.
func pdfOrderBlocks(blocks []*pdfBlock) []string {
	n := len(blocks)
	if n == 0 {
		return nil
	}
	// before[i] counts the blocks that must precede block i
	before := make([]int, n)
	after := make([][]int, n)
	for i, a := range blocks {
		for j, b := range blocks {
			if i == j || !pdfPrecedes(a, b) {
				continue
			}
			after[i] = append(after[i], j)
			before[j]++
		}
	}
	done := make([]bool, n)
	var out []string
	for k := 0; k < n; k++ {
		pick := -1
		for i, b := range blocks {
			if done[i] || before[i] > 0 {
				continue
			}
			if pick < 0 || pdfHigher(b, blocks[pick]) {
				pick = i
			}
		}
		if pick < 0 { // a cycle: take the highest block left
			for i, b := range blocks {
				if !done[i] && (pick < 0 || pdfHigher(b, blocks[pick])) {
					pick = i
				}
			}
		}
		done[pick] = true
		for _, j := range after[pick] {
			before[j]--
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, blocks[pick].lines...)
	}
	return out
}

// pdfPrecedes reports whether block a must be read before block b.
func pdfPrecedes(a, b *pdfBlock) bool {
	aTop, aBot := a.top+0.7*a.size, a.bottom-0.25*a.lastSize
	bTop, bBot := b.top+0.7*b.size, b.bottom-0.25*b.lastSize
	xov := math.Min(a.x1, b.x1) - math.Max(a.x0, b.x0)
	if xov > 0 {
		return aTop > bTop+0.01
	}
	yov := math.Min(aTop, bTop) - math.Max(aBot, bBot)
	return yov > 0 && a.x1 <= b.x0
}

// pdfHigher orders free blocks: higher first, the leftmost among blocks
// starting on about the same baseline.
func pdfHigher(a, b *pdfBlock) bool {
	if math.Abs(a.top-b.top) < 0.5*math.Min(a.size, b.size) {
		return a.x0 < b.x0
	}
	return a.top > b.top
}
