Millbrook, Ohio (Example News) -- The old iron bridge over Cedar Creek will close for
six weeks from Monday while crews replace its deck, county officials said.

The 1932 bridge carries about 4,000 vehicles a day. Drivers will be sent on a
9-mile detour through the village of Ashford.

"It's an inconvenience, but the deck is worn out," said county engineer Dana Ruiz.

@highlight

Cedar Creek bridge closes for six weeks from Monday

@highlight

About 4,000 vehicles a day will take a 9-mile detour
