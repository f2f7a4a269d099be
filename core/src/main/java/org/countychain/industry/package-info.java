/**
 * Public API: the industrial classification for national economic activities, GB/T 4754-2017 (国民经济行业分类),
 * shipped in the jar — {@link org.countychain.industry.IndustryClassification}.
 */
@NullMarked
package org.countychain.industry;

import org.jspecify.annotations.NullMarked;
