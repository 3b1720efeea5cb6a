(Example News) -- Pupils at Elmhurst Primary have won a regional award for a
vegetable garden they built on an old car park.

The garden grew 140 kg of produce last year. Most of it went into school lunches.

Head teacher Mrs. R. Okonjo said the children did "almost all of the digging."

@highlight

Elmhurst Primary wins regional award for its vegetable garden

@highlight

The garden grew 140 kg of food last year

@highlight

Most of the produce went into school lunches
