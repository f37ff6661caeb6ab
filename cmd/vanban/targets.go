package main

import (
	"context"
	"errors"
)

func runTargets(ctx context.Context, e *env) error {
	return errors.New("targets: not implemented yet")
}
