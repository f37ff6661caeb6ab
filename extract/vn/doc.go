// Package vn holds the Vietnamese text primitives that extract and index
// share: diacritic folding (with đ→d), tone-mark placement, syllable
// validity and small scanning helpers. It depends on nothing in vanban.
package vn
