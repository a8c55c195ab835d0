"""The learned sentence ranker of the extractive strategy (features, oracle labels, model, training)."""
