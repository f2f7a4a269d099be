/**
 * Public API: the aggregates that travel — a county's data set, a city's submission to the province (R16) and a
 * whole province's data (县域数据集、设区市汇总上报、全省数据集).
 */
@NullMarked
package org.countychain.dataset;

import org.jspecify.annotations.NullMarked;
