(Example News) -- Snow closed the Drummore mountain pass overnight. Ploughs were
out from 5 a.m. and the road reopened at noon.

Police asked drivers to carry blankets and water.

@highlight

