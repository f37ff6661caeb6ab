package corpus

import (
	"context"
	"fmt"
)

// readPDF is a stub until its reader lands.
func readPDF(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("pdf: %w", ErrUnsupported)
}
